namespace BotHost.Core.Faq;

// One answer, as an organiser wrote it in content/faq/<id>.md.
public sealed record FaqEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required string Jurisdiction { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required string Body { get; init; }

    // The file it came from, for error messages.
    public string File { get; init; } = "";
}
