namespace BotHost.Teams;

public sealed class TeamsOptions
{
    public const string Section = "Teams";
    public const string BotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";

    // Teams' public, GCC, GCC High and DoD Connector hosts; "*." matches any subdomain.
    public static readonly IReadOnlyList<string> DefaultServiceUrlHosts =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.azure.us",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    // The Azure Bot's Microsoft App ID. Empty means Teams is not configured.
    public string? AppId { get; set; }

    // SECRET: the app registration's client secret.
    public string? AppPassword { get; set; }

    // The Entra tenant of a single-tenant bot (what new registrations must be).
    public string? TenantId { get; set; }

    // SingleTenant (the default when TenantId is set) or MultiTenant (legacy registrations).
    public string? AppType { get; set; }

    // Where inbound token signing keys come from. Plain http only for a loopback host (tests).
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkMetadataUrl;

    // With no AppId: accept unauthenticated requests outside Development too (Emulator, Agents Playground).
    public bool AllowUnauthenticated { get; set; }

    // Hosts a Connector token may be sent to. Null means DefaultServiceUrlHosts.
    public string[]? AllowedServiceUrlHosts { get; set; }

    // Entra authority base for the outbound token.
    public string LoginBaseUrl { get; set; } = "https://login.microsoftonline.com";

    public bool IsSingleTenant => AppType is null
        ? !string.IsNullOrWhiteSpace(TenantId)
        : string.Equals(AppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> ServiceUrlHosts => AllowedServiceUrlHosts is { Length: > 0 } hosts ? hosts : DefaultServiceUrlHosts;
}
