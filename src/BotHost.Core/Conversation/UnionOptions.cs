namespace BotHost.Core.Conversation;

public sealed class UnionOptions
{
    public const string Section = "Union";

    public string Name { get; set; } = "Tech Workers Union";
    public string JoinUrl { get; set; } = "https://example.org/join";

    // What "join" says: kept in configuration (appsettings.json), so organisers change it without a release.
    public List<string> JoinBenefits { get; set; } = [];
    public string? WhoCanJoin { get; set; }
    public string? Cost { get; set; }
}
