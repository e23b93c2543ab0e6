using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Slack.OAuth;

// OAuth v2 install for many workspaces: /slack/install sends the browser to Slack with a fresh state;
// /slack/oauth_redirect checks that state (cookie = query = an unused row), exchanges the code and stores
// the workspace's bot token sealed. https://docs.slack.dev/authentication/installing-with-oauth
public static partial class SlackOAuthEndpoints
{
    public static async Task<IResult> InstallAsync(HttpContext context, IOptions<SlackOptions> options, ISlackOAuthStateStore states, TimeProvider time, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.OAuthEnabled)
        {
            return TypedResults.NotFound();
        }

        var state = OAuthState.New();
        var now = time.GetUtcNow();
        await states.AddAsync(OAuthState.Hash(state), now + OAuthState.Lifetime, now, cancellationToken);
        context.Response.Cookies.Append(OAuthState.Cookie, state, Cookie(context, OAuthState.Lifetime));
        var url = QueryHelpers.AddQueryString(settings.OAuthBaseUrl, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = settings.Scopes,
            ["redirect_uri"] = settings.RedirectUri,
            ["state"] = state,
        });
        return TypedResults.Redirect(url);
    }

    public static async Task<IResult> RedirectAsync(
        HttpContext context,
        IOptions<SlackOptions> options,
        ISlackOAuthStateStore states,
        ISlackInstallationStore installations,
        SlackTokens tokens,
        SlackBotIdentities identities,
        SlackWebApi api,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.OAuthEnabled)
        {
            return TypedResults.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(SlackOAuthEndpoints));
        var query = context.Request.Query;
        var state = query["state"].ToString();
        var cookie = context.Request.Cookies[OAuthState.Cookie];
        context.Response.Cookies.Delete(OAuthState.Cookie, Cookie(context, TimeSpan.Zero));
        if (query["error"].Count > 0)
        {
            Log.Cancelled(logger);
            return Page(HttpStatusCode.OK, "Installation cancelled", "Nothing was installed. You can close this page.");
        }

        var now = time.GetUtcNow();
        if (!OAuthState.SameState(cookie, state) || !await states.ConsumeAsync(OAuthState.Hash(state), now, cancellationToken))
        {
            Log.BadState(logger);
            return Page(HttpStatusCode.BadRequest, "This link has expired", "Start the installation again from the Add to Slack link, in the same browser.");
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return Page(HttpStatusCode.BadRequest, "Something went wrong", "Slack did not send an authorisation code. Please try again.");
        }

        var access = await api.OAuthAccessAsync(settings.ClientId!, settings.ClientSecret!, code, settings.RedirectUri!, cancellationToken);
        if (access.Value is not { Ok: true, AccessToken: { Length: > 0 } token, Team.Id: { Length: > 0 } team } granted)
        {
            Log.ExchangeFailed(logger, access.Error ?? access.Status.ToString());
            return Page(HttpStatusCode.BadGateway, "Something went wrong", "Slack did not confirm the installation (organisation-wide installs are not supported). Please try again.");
        }

        await installations.SaveAsync(new SlackInstallation(team, token, granted.BotUserId, granted.AppId, granted.Scope, granted.Enterprise?.Id, now), cancellationToken);
        tokens.Forget(team);
        identities.Remember(team, granted.BotUserId);
        Log.Installed(logger);
        return Page(HttpStatusCode.OK, "Installed", "The union helper is now in your Slack workspace. You can close this page.");
    }

    private static CookieOptions Cookie(HttpContext context, TimeSpan maxAge) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/slack",
        MaxAge = maxAge,
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Page(HttpStatusCode status, string title, string text) => TypedResults.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(title)}</title></head>
        <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p></main></body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: (int)status);

    private static partial class Log
    {
        [LoggerMessage(EventId = 4070, Level = LogLevel.Information, Message = "Slack app installed in a workspace")]
        public static partial void Installed(ILogger logger);

        [LoggerMessage(EventId = 4071, Level = LogLevel.Warning, Message = "Slack OAuth callback with a missing, reused, expired or foreign state")]
        public static partial void BadState(ILogger logger);

        [LoggerMessage(EventId = 4072, Level = LogLevel.Warning, Message = "Slack oauth.v2.access failed: {Error}")]
        public static partial void ExchangeFailed(ILogger logger, string error);

        [LoggerMessage(EventId = 4073, Level = LogLevel.Information, Message = "Slack installation cancelled by the user")]
        public static partial void Cancelled(ILogger logger);
    }
}
