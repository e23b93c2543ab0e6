using BotHost.Slack.OAuth;

namespace BotHost.Storage.Slack;

public static class SlackStorage
{
    // The SQLite side of the Slack adapter: installed workspaces and OAuth states.
    public static WebApplicationBuilder AddSlackStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISlackInstallationStore, SqliteSlackInstallations>();
        builder.Services.AddSingleton<ISlackOAuthStateStore, SqliteSlackOAuthStates>();
        return builder;
    }
}
