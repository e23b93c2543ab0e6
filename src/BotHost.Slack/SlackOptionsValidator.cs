using Microsoft.Extensions.Options;

namespace BotHost.Slack;

// Fails at start, not at the first request: a host that would accept unsigned Slack traffic must not run.
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required once Slack is configured (Basic Information > App Credentials > Signing Secret).");
        }

        if (options.AppToken is { Length: > 0 } app && !app.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token (xapp-...) with the connections:write scope.");
        }

        if (options.OAuthEnabled && (string.IsNullOrEmpty(options.ClientSecret) || string.IsNullOrEmpty(options.RedirectUri)))
        {
            failures.Add("Slack:ClientId needs Slack:ClientSecret and Slack:RedirectUri for the OAuth install.");
        }

        foreach (var (key, value) in new[] { ("ApiBaseUrl", options.ApiBaseUrl), ("OAuthBaseUrl", options.OAuthBaseUrl), ("RedirectUri", options.RedirectUri) })
        {
            if (value is not null && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                failures.Add($"Slack:{key} must be an absolute URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
