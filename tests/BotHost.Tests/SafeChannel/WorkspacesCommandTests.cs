using System.CommandLine;
using BotHost.Hosting.Cli;
using BotHost.Tests.Host;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.SafeChannel;

[Collection(nameof(CommandLineTests))]
public sealed class WorkspacesCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Set_marks_a_workspace_and_list_shows_it_beside_the_configured_ones()
    {
        var database = $"--Storage:ConnectionString=Data Source={folder.File("bothost.db")}";
        var key = $"--Reports:EncryptionKey={BotHostFactory.TestKey}";

        var set = await RunAsync("workspaces", "set", "T0ABC", "union", database, key);
        var demoted = await RunAsync("workspaces", "set", "TCONFIG", "employer", database, key);
        var list = await RunAsync("workspaces", "list", database, key, "--Workspaces:Union:0=TCONFIG", "--Workspaces:Union:1=TOTHER");

        Assert.Equal((0, "T0ABC is now union.\n"), set);
        Assert.Equal(0, demoted.Exit);
        Assert.Equal("T0ABC\tunion\tset\nTCONFIG\temployer\tset\nTOTHER\tunion\tconfiguration\nAny other workspace is employer.\n", list.Output);
    }

    [Fact]
    public async Task Set_refuses_a_level_that_does_not_exist()
    {
        var (exit, _) = await RunAsync("workspaces", "set", "T0ABC", "trusted");

        Assert.NotEqual(0, exit);
    }

    public void Dispose() => folder.Dispose();

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        root.Subcommands.Add(WorkspacesCommand.Create());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
