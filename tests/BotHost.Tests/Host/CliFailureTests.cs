using System.Net;
using System.Net.Sockets;
using BotHost.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BotHost.Tests.Host;

// Every expected failure of every command, and of the server's start, is one line on stderr and exit
// code 1: what is wrong and what to do, never a stack trace. Each case runs BotHost as its own process
// (Production, no key unless the case gives one) in a folder holding the files the cases point at.
[Collection(nameof(CommandLineTests))]
public sealed class CliFailureTests : IDisposable
{
    private const string AppId = "8a1c7f3e-2b4d-4e6f-9a0b-1c2d3e4f5a6b";
    private static readonly string Key = "--Reports:EncryptionKey=" + BotHostFactory.TestKey;
    private readonly TempFolder folder = new();

    public CliFailureTests()
    {
        File.WriteAllText(folder.File("not-a-database.db"), "this is not SQLite\n");
        Directory.CreateDirectory(folder.File("a-folder.db"));
        File.WriteAllText(folder.File("a-file"), "x");
        File.WriteAllText(folder.File("not-a-key.txt"), "not a key\n");
        Directory.CreateDirectory(folder.File("empty"));
    }

    public static TheoryData<string, string[], string> Failures => new()
    {
        // No master key, or a wrong one: the commands that open reports, and the server.
        { "digest without a key", ["digest"], "error: no master key. Set Reports__EncryptionKey to base64 of 32 bytes" },
        { "keys status without a key", ["keys", "status"], "error: no master key." },
        { "reps list without a key", ["reps", "list"], "error: no master key." },
        { "organisers add without a key", ["organisers", "add", "--channel", "slack", "--user", "U1"], "error: no master key." },
        { "server without a key", ["--urls", "http://127.0.0.1:0"], "error: no master key." },
        { "a key that is not base64", ["digest", "--Reports:EncryptionKey=abc"], "error: Reports__EncryptionKey is not a key: it must be base64 of 32 bytes" },
        { "a key of the wrong length", ["reps", "list", "--Reports:EncryptionKey=YWJj"], "error: Reports__EncryptionKey is not a key" },
        { "a bad previous key", ["reps", "list", Key, "--Reports:PreviousEncryptionKeys:0=zz"], "error: Reports__PreviousEncryptionKeys__0 is not a key" },
        { "server with a bad key", ["--urls", "http://127.0.0.1:0", "--Reports:EncryptionKey=abc"], "error: Reports__EncryptionKey is not a key" },
        { "keys rotate to a bad key", ["keys", "rotate", "--new-key-file", "not-a-key.txt", Key], "error: the new key is not a key" },

        // Files that are not there.
        { "reps import of a missing file", ["reps", "import", "missing.csv", Key], "error: File does not exist: 'missing.csv'." },
        { "receipts verify of a missing file", ["receipts", "verify", "missing.txt", Key], "error: File does not exist: 'missing.txt'." },
        { "keys rotate from a missing file", ["keys", "rotate", "--new-key-file", "missing.key", Key], "error: File does not exist: 'missing.key'." },
        { "teams-package from a folder without a manifest", ["teams-package", "--app-id", AppId, "--from", "empty"], "manifest.json" },
        { "faq eval without its sets", ["faq", "eval", "--development", "missing.tsv"], "error: no evaluation set at" },

        // The database cannot be made, opened or read.
        { "a database under a file", ["digest", Key, "--Storage:ConnectionString=Data Source=a-file/bothost.db"], "error: cannot make the database folder" },
        { "a database that is a folder", ["migrate", "--Storage:ConnectionString=Data Source=a-folder.db"], "error: cannot open the database file (SQLite error 14)" },
        { "a database that is not SQLite", ["migrate", "--Storage:ConnectionString=Data Source=not-a-database.db"], "error: the database file is not a SQLite database" },

        // Option values the commands refuse.
        { "digest --since in words", ["digest", "--since", "seven days"], "error: --since must be a number and a unit" },
        { "digest --format xml", ["digest", "--format", "xml"], "error: Argument 'xml' not recognized. Must be one of: 'md', 'json', 'csv'." },
        { "a mistyped option", ["digest", "--sinse", "7d"], "error: unknown option --sinse." },
        { "an unknown command", ["dgest"], "error: unknown command \"dgest\"." },
        { "audit --since a year", ["audit", "--since", "1y"], "error: --since must be a number and a unit" },
        { "organisers add on another channel", ["organisers", "add", "--channel", "irc", "--user", "U1"], "error: Argument 'irc' not recognized." },
        { "workspaces set to another trust", ["workspaces", "set", "T1", "maybe"], "error: Argument 'maybe' not recognized." },
        { "teams-package without an app id", ["teams-package"], "error: Option '--app-id' is required." },
        { "teams-package with a bad app id", ["teams-package", "--app-id", "my-bot"], "error: --app-id and --teams-app-id must be GUIDs" },
        { "faq eval --tune in words", ["faq", "eval", "--tune", "title=high"], "error: --tune: \"title=high\" should be name=number" },
        { "ask without a question", ["ask"], "error: give a question in quotes" },

        // Configuration that fails validation, in a command and at the server's start.
        { "digest with a bad schedule", ["digest", Key, "--Digest:Schedule=every monday"], "error: Digest:Schedule is not a cron expression" },
        { "server with a bad schedule", ["--urls", "http://127.0.0.1:0", Key, "--Digest:Schedule=every monday"], "error: Digest:Schedule is not a cron expression" },
        { "a connection string in words", ["migrate", "--Storage:ConnectionString=the usual one"], "error: Storage:ConnectionString is not a SQLite connection string" },
        { "server with a bad synchronous mode", ["--urls", "http://127.0.0.1:0", Key, "--Storage:Synchronous=SOMETIMES"], "error: Storage:Synchronous must be NORMAL, FULL or EXTRA." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task An_expected_failure_is_one_line_and_exit_code_1(string failure, string[] args, string expected)
    {
        var result = await BotHostProcess.RunAsync(folder.Path, null, null, args);

        AssertOneLine(failure, result, expected);
    }

    [Fact]
    public async Task A_locked_database_is_one_line()
    {
        var database = folder.File("locked.db");
        Assert.Equal(0, (await BotHostProcess.RunAsync(folder.Path, null, null, "migrate", $"--Storage:ConnectionString=Data Source={database}")).Exit);
        await using var holder = new SqliteConnection($"Data Source={database}");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        // Default Timeout=1 so the command gives up after SQLite's own 5 s wait, not 30 s more.
        var result = await BotHostProcess.RunAsync(folder.Path, null, null, "workspaces", "set", "T1", "union", $"--Storage:ConnectionString=Data Source={database};Default Timeout=1");

        AssertOneLine("locked", result, "error: the database is locked by another process");
    }

    [Fact]
    public async Task A_port_in_use_is_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await BotHostProcess.RunAsync(folder.Path, null, null, "--urls", $"http://127.0.0.1:{port}", Key, $"--Storage:ConnectionString=Data Source={folder.File("port.db")}");

        AssertOneLine("port", result, $"error: Failed to bind to address http://127.0.0.1:{port}: address already in use. Stop whatever is using that port, or choose another with --urls or ASPNETCORE_URLS.");
    }

    [Fact]
    public async Task A_bad_key_from_the_environment_is_named_without_being_shown()
    {
        var result = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["Reports__EncryptionKey"] = "c2VjcmV0LWJ1dC1zaG9ydA==" }, null, "reps", "list");

        AssertOneLine("env key", result, "error: Reports__EncryptionKey is not a key");
        Assert.DoesNotContain("c2VjcmV0", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_key_on_standard_input_is_refused_by_keys_rotate()
    {
        var result = await BotHostProcess.RunAsync(folder.Path, null, "not a key\n", "keys", "rotate", Key);

        AssertOneLine("stdin key", result, "error: the new key is not a key");
    }

    [Fact]
    public async Task A_bad_rep_file_lists_each_problem_then_one_error_line()
    {
        File.WriteAllText(folder.File("reps.csv"), "name,employers,slack_user_id\n,Acme,U1\nAsha,,U2\n");

        var result = await BotHostProcess.RunAsync(folder.Path, null, null, "reps", "import", "reps.csv", Key);

        Assert.Equal(1, result.Exit);
        Assert.Equal(["reps.csv: line 2: name is empty", "reps.csv: line 3: employers is empty (list them separated by ;)", "error: no reps were imported: fix the 2 problem(s) above and import again."], result.ErrorLines);
    }

    // A failure nobody planned for (here a damaged Development key file, which only Development reads) is
    // still one line, naming the exception and how to see the rest; BOTHOST_VERBOSE=1 shows the stack.
    [Fact]
    public async Task An_unexpected_failure_is_one_line_with_a_hint_and_the_stack_only_when_verbose()
    {
        Directory.CreateDirectory(folder.File("data"));
        File.WriteAllText(folder.File("data/master.key"), "damaged!");
        var development = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" };

        var quiet = await BotHostProcess.RunAsync(folder.Path, development, null, "reps", "list");
        var verbose = await BotHostProcess.RunAsync(folder.Path, new Dictionary<string, string>(development) { ["BOTHOST_VERBOSE"] = "1" }, null, "reps", "list");

        // Development's loud warning about its key file comes first, as it always does there.
        Assert.Equal(1, quiet.Exit);
        Assert.StartsWith("warn: BotHost.Storage.KeyringLoader", quiet.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("error: unexpected FormatException: The encryption key must be base64. Rerun with BOTHOST_VERBOSE=1 to see where it came from.", quiet.ErrorLines[^1]);
        Assert.DoesNotContain("   at ", quiet.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, verbose.Exit);
        Assert.Contains(quiet.ErrorLines[^1], verbose.ErrorLines);
        Assert.Contains("   at BotHost.Storage.KeyringLoader", verbose.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static void AssertOneLine(string failure, BotHostProcess.Result result, string expected)
    {
        var context = $"{failure}: exit {result.Exit}\nstderr:\n{result.Stderr}\nstdout:\n{result.Stdout}";
        Assert.True(result.Exit == 1, context);
        Assert.True(result.ErrorLines is [var line] && line.StartsWith("error: ", StringComparison.Ordinal) && line.Contains(expected, StringComparison.Ordinal), context);
        Assert.True(!result.Stderr.Contains("   at ", StringComparison.Ordinal) && !result.Stdout.Contains("   at ", StringComparison.Ordinal), context);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }
}
