using System.CommandLine;

namespace BotHost.Hosting.Cli;

public static class BotHostCli
{
    // Settings the ASP.NET host reads from a flat --name; any other --name without a ':' is a typo
    // (`digest --sinse 30d` would otherwise run quietly with the default).
    private static readonly HashSet<string> HostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports",
        "AllowedHosts", "detailedErrors", "shutdownTimeoutSeconds", "hostingStartupAssemblies",
        "hostingStartupExcludeAssemblies", "preventHostingStartup", "suppressStatusMessages",
    };

    // Every failure ends here as one line on stderr and exit code 1 (see CliFailure).
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var root = Create();
        var parse = root.Parse(args);
        if (Problem(parse) is { } problem)
        {
            await error.WriteLineAsync("error: " + problem);
            return 1;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is HostAbortedException || (parse.CommandResult.Command is RootCommand && IsHosted))
        {
            // WebApplicationFactory runs this Main to capture the host, and learns of a failed start (or
            // stops the entry point) only by an exception: so the server's failures propagate there.
            throw;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync("error: " + CliFailure.Describe(ex));
            if (CliFailure.Verbose)
            {
                await error.WriteLineAsync(ex.ToString());
            }

            return ex is OperationCanceledException ? 130 : 1;
        }
    }

    // Another assembly is the process's entry point: a test host, not an operator's shell.
    private static bool IsHosted => System.Reflection.Assembly.GetEntryAssembly() != typeof(BotHostCli).Assembly;

    public static Command HostCommand(string name, string description)
    {
        return new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
    }

    private static RootCommand Create()
    {
        // Tokens the CLI does not know (--urls, --environment, --Section:Key=value) go to the ASP.NET host.
        var root = new RootCommand("BotHost: the union's chat bot. With no command, runs the server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (result, ct) =>
        {
            await BotHostApp.RunServerAsync([.. result.UnmatchedTokens], ct);
            return 0;
        });
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(RepsCommand.Create());
        root.Subcommands.Add(OrganisersCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(TeamsPackageCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(FaqCommand.Create());
        root.Subcommands.Add(WorkspacesCommand.Create());
        root.Subcommands.Add(ReceiptsCommand.Create());
        return root;
    }

    // System.CommandLine's own errors (it would print them with the whole help text), and tokens meant for
    // the host that the host would silently ignore.
    private static string? Problem(ParseResult parse)
    {
        var command = CommandPath(parse);
        if (parse.Errors.Count > 0)
        {
            return $"{string.Join(" ", parse.Errors.Select(e => OneLine(e.Message)))} See \"{command} --help\".";
        }

        // As the host reads them: --key=value, key=value, or --key (or /key) and its value as the next token.
        var tokens = parse.UnmatchedTokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isOption = token.StartsWith('-') || token.StartsWith('/');
            if (!isOption && !token.Contains('='))
            {
                return command == "BotHost"
                    ? $"unknown command \"{token}\". See \"BotHost --help\" for the commands."
                    : $"unexpected argument \"{token}\". See \"{command} --help\".";
            }

            // "--Storage=" (a section, empty) is how WebApplicationFactory passes its settings on.
            var key = token.TrimStart('-', '/').Split('=', 2)[0];
            if (!key.Contains(':') && !HostSettings.Contains(key) && !token.EndsWith('='))
            {
                return $"unknown option {token.Split('=', 2)[0]}. See \"{command} --help\".";
            }

            if (isOption && !token.Contains('='))
            {
                i++;
            }
        }

        return null;
    }

    // "Argument 'xml' not recognized. Must be one of:\n\t'md'\n\t'json'" as "... Must be one of: 'md', 'json'."
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = lines.Length == 1 ? lines[0] : lines[0] + " " + string.Join(", ", lines[1..]);
        return text.EndsWith('.') ? text : text + ".";
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Parent is null ? "BotHost" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
