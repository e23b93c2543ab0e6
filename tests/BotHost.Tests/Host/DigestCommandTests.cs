using System.CommandLine;
using System.Text.Json;
using BotHost.Core.Reports;
using BotHost.Hosting.Cli;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Host;

// The command builds its own host from the command line, as `BotHost digest` does when published.
[Collection(nameof(CommandLineTests))]
public sealed class DigestCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Digest_since_7d_as_json_prints_a_digest_that_parses()
    {
        string database;
        await using (var host = new BotHostFactory(folder.Path))
        {
            database = host.DatabasePath;
            var filing = host.Services.GetRequiredService<ReportFiling>();
            var twoDaysAgo = TimeProvider.System.GetUtcNow().AddDays(-2);
            for (var i = 0; i < 3; i++)
            {
                var content = new ReportContent { Employer = "Acme", Description = "Webcam checks.", When = "this week" };
                await filing.FileAsync(new NewReport($"u{i}", $"t{i}", ReportCategory.Surveillance, Urgency.Soon, PeopleBand.Few, false, content), twoDaysAgo, default);
            }
        }

        var (exit, output, _) = await RunAsync("digest", "--since", "7d", "--format", "json", $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(7, json.RootElement.GetProperty("period").GetProperty("days").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("total").GetProperty("count").GetInt32());
        var category = json.RootElement.GetProperty("byCategory")[0];
        Assert.Equal("Surveillance and monitoring", category.GetProperty("name").GetString());
        Assert.Equal("Acme", json.RootElement.GetProperty("byEmployer")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Digest_as_csv_starts_with_its_header()
    {
        var database = Path.Combine(folder.Path, "empty.db");

        var (exit, output, _) = await RunAsync("digest", "--format", "csv", $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");

        Assert.Equal(0, exit);
        Assert.StartsWith("section,name,count,change,text\nperiod,current,7,", output);
    }

    [Theory]
    [InlineData("--since", "seven days")]
    [InlineData("--format", "xml")]
    public async Task A_bad_period_or_format_is_refused(string option, string value)
    {
        var (exit, output, error) = await RunAsync("digest", option, value);

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("Digest:", output);
        Assert.NotEmpty(error);
    }

    public void Dispose() => folder.Dispose();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        root.Subcommands.Add(DigestCommand.Create());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString(), error.ToString());
    }
}

// Commands build whole hosts of their own; keep them from starting at the same time as each other.
[CollectionDefinition(nameof(CommandLineTests), DisableParallelization = true)]
public sealed class CommandLineTests;
