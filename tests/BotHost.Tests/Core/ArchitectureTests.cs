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
}
