namespace BotHost.Core.Faq;

// The YAML between the "---" lines, as written. Validation turns it into a FaqEntry.
internal sealed class FaqFrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string?>? Questions { get; set; }
    public List<string?>? Tags { get; set; }
    public string? Jurisdiction { get; set; }
    public List<string?>? Sources { get; set; }
    public string? Reviewed { get; set; }
}
