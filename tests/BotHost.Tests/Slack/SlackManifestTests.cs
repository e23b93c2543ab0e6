namespace BotHost.Tests.Slack;

// The manifests are YAML for people to paste into Slack; these checks read them as lines, which is
// enough to hold the things that break a union bot silently: scopes, events, the DM tab and URLs.
public sealed class SlackManifestTests
{
    private static readonly string[] Scopes = ["app_mentions:read", "chat:write", "commands", "im:history", "im:write"];
    private static readonly string[] Events = ["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"];

    [Theory]
    [InlineData("manifest.yml")]
    [InlineData("manifest.socket-mode.yml")]
    public void The_manifest_asks_for_the_minimal_scopes_and_the_events_the_bot_handles(string file)
    {
        var lines = Lines(file);

        Assert.Equal(Scopes, ListAfter(lines, "bot:"));
        Assert.Equal(Events, ListAfter(lines, "bot_events:"));
        Assert.Contains("messages_tab_enabled: true", lines);
        Assert.Contains("messages_tab_read_only_enabled: false", lines);
        Assert.Contains("home_tab_enabled: true", lines);
        Assert.Contains("- command: /union", lines);
    }

    [Fact]
    public void In_HTTP_mode_every_request_url_is_slack_events()
    {
        var lines = Lines("manifest.yml");

        var urls = lines.Where(l => l.StartsWith("url:", StringComparison.Ordinal) || l.StartsWith("request_url:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, urls.Count);
        Assert.All(urls, u => Assert.EndsWith("/slack/events", u));
        Assert.Contains("- https://bothost.example.org/slack/oauth_redirect", lines);
        Assert.Contains("socket_mode_enabled: false", lines);
    }

    [Fact]
    public void In_socket_mode_there_are_no_request_urls()
    {
        var lines = Lines("manifest.socket-mode.yml");

        Assert.DoesNotContain(lines, l => l.Contains("url", StringComparison.Ordinal));
        Assert.Contains("socket_mode_enabled: true", lines);
    }

    private static List<string> ListAfter(List<string> lines, string key) =>
        [.. lines.SkipWhile(l => l != key).Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..])];

    private static List<string> Lines(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "BotHost.sln")))
        {
            dir = dir.Parent!;
        }

        return [.. File.ReadAllLines(Path.Combine(dir.FullName, "manifests", "slack", file))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
