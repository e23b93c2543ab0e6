using BotHost.Storage;
using BotHost.Storage.Faq;
using BotHost.WebChat;

namespace BotHost.Hosting;

// The composition root, shared by the server and the command-line tools so both read the same configuration.
public static class BotHostApp
{
    public static WebApplication Build(string[] args, bool quiet = false)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (quiet)
        {
            // Commands print their results on stdout; logs go to stderr, warnings and up only.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.AddBotHost();
        builder.AddFaqStorage();
        builder.AddWebChat();

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        }));
        app.MapHealth();
        app.MapWebChat();
        return app;
    }

    public static async Task RunServerAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        await app.RunAsync();
    }
}
