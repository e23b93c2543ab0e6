using Microsoft.Extensions.Options;

namespace BotHost.Teams;

// Fails at start, never at the first request, when Teams is half configured.
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = new List<string>();
        if (!Loopback.IsHttpsOrLoopback(options.OpenIdMetadataUrl))
        {
            errors.Add("Teams:OpenIdMetadataUrl must be an absolute https URL (plain http only for a loopback address).");
        }

        if (!Loopback.IsHttpsOrLoopback(options.LoginBaseUrl))
        {
            errors.Add("Teams:LoginBaseUrl must be an absolute https URL.");
        }

        if (options.AllowedServiceUrlHosts?.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/', StringComparison.Ordinal)) == true)
        {
            errors.Add("Teams:AllowedServiceUrlHosts holds host names such as smba.trafficmanager.net or *.botframework.com, not URLs.");
        }

        if (!string.IsNullOrWhiteSpace(options.AppId))
        {
            ValidateCredentials(options, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateCredentials(TeamsOptions options, List<string> errors)
    {
        if (!Guid.TryParse(options.AppId, out _))
        {
            errors.Add("Teams:AppId must be the Azure Bot's Microsoft App ID (a GUID).");
        }

        if (string.IsNullOrWhiteSpace(options.AppPassword))
        {
            errors.Add("Teams:AppPassword (the client secret) is required when Teams:AppId is set.");
        }

        if (options.AppType is { } type && !type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase) && !type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Teams:AppType must be SingleTenant or MultiTenant.");
        }

        if (options.IsSingleTenant && !Guid.TryParse(options.TenantId, out _))
        {
            errors.Add("Teams:TenantId (a GUID) is required for a single-tenant bot.");
        }
    }
}
