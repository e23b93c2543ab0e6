namespace BotHost.Tests.Core;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_core_knows_no_web_framework_and_no_channel()
    {
        var references = typeof(BotHost.Core.Conversation.Engine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("BotHost.Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("BotHost.Teams", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_direct_line_adapter_talks_to_the_core_and_borrows_only_the_teams_schema()
    {
        var references = typeof(BotHost.DirectLine.DirectLineSender).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("BotHost.Core", references);
        Assert.DoesNotContain("BotHost", references);
        Assert.DoesNotContain(references, name => name.StartsWith("BotHost.Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dapper", StringComparison.Ordinal));
    }
}
