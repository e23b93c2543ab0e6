using BotHost.DirectLine;
using BotHost.Embeddings;
using BotHost.Slack;
using BotHost.Storage;
using BotHost.Storage.Faq;
using BotHost.Storage.Slack;
using BotHost.Storage.Teams;
using BotHost.Teams;
using BotHost.WebChat;

namespace BotHost.Hosting;

// The composition root, shared by the server and the command-line tools so both read the same configuration.
public static class BotHostApp
{
    public const string DevelopmentUrl = "http://localhost:5080";

    // `dotnet run --project src/BotHost` from a checkout is a developer on their machine: Development, so the
    // bot starts with no configuration (and a generated key). A published build never guesses: unless
    // ASPNETCORE_ENVIRONMENT says otherwise it is Production and refuses to run without a master key.
    // (No launch profile does this, because `dotnet run` would print its name on stdout, ahead of
    // `ask --json` output.)
    public static string? DefaultEnvironment(string[] args)
    {
        var chosen = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var fromSource = File.Exists(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BotHost.csproj"));
        return chosen is null && fromSource && !args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            ? Environments.Development
            : null;
    }

    public static WebApplication Build(string[] args, bool quiet = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = DefaultEnvironment(args) });
        if (builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DevelopmentUrl);
        }

        if (quiet)
        {
            // Commands print their results on stdout; logs go to stderr, warnings and up only.
            // A provider-specific filter outranks the Logging:LogLevel settings in appsettings.json.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        if (!Cli.CliFailure.Verbose)
        {
            // A host that fails to start logs "Hosting failed to start" with the whole stack trace (an Error);
            // the command line says it in one line instead (CliFailure). A background service that stops
            // the host is still logged, as a Critical.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        }

        builder.AddBotHost();
        builder.AddFaqStorage();
        builder.AddFaqEmbeddings();
        builder.AddWebChat();
        builder.AddTeams<SqlTeamsConversations>();
        builder.AddSlack<SqlSlackInstallations, SqlSlackOAuthStates>();
        builder.AddDirectLine();
        builder.ShareBetweenHosts();
        if (!quiet)
        {
            // Commands are short-lived and print their results on stdout, where the console exporter writes.
            builder.AddTelemetry();
        }

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context =>
        {
            // A body over Kestrel's limit (or cut short) throws BadHttpRequestException wherever an endpoint reads
            // it: the client's fault, answered with its 413 or 400, not a 500 (found by the fuzz test).
            context.Response.StatusCode = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad
                ? bad.StatusCode
                : StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        }));
        app.UseRateLimiter(); // the web chat's per-address limits (RequireRateLimiting)
        app.MapHealth();
        app.MapTelemetry();
        app.MapWebChat();
        app.MapTeams();
        app.MapSlack();
        app.UseDirectLine();
        return app;
    }

    private static async Task StopQuietlyAsync(WebApplication app)
    {
        try
        {
            await app.StopAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Already failing: the start's exception is the one to report.
        }
    }

    public static async Task RunServerAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        try
        {
            await app.StartAsync(CancellationToken.None);
        }
        catch
        {
            // Stop what had started before the failure (a port in use is found last), so that background
            // services see an orderly stop rather than a crash; the failure itself is what gets reported.
            await StopQuietlyAsync(app);
            throw;
        }

        // The host's own lifetime handles Ctrl+C and SIGTERM, with its graceful shutdown.
        await app.WaitForShutdownAsync(CancellationToken.None);
    }
}
