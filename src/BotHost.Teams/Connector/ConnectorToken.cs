using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotHost.Teams.Connector;

// The outbound token: client credentials from Entra with scope https://api.botframework.com/.default, from
// the bot's own tenant (single-tenant) or botframework.com (multi-tenant). MSAL caches it and renews it
// shortly before it expires, so asking on every call is cheap.
public sealed class ConnectorToken(IOptions<TeamsOptions> options, IHttpClientFactory clients) : IConnectorTokenSource
{
    public const string ClientName = "teams-login";

    private readonly Lazy<IConfidentialClientApplication> application = new(() => Build(options.Value, clients));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.Value.AcquireTokenForClient([TeamsOptions.ConnectorScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    public static string Authority(TeamsOptions settings) =>
        settings.LoginBaseUrl.TrimEnd('/') + "/" + (settings.IsSingleTenant ? settings.TenantId : "botframework.com");

    private static IConfidentialClientApplication Build(TeamsOptions settings, IHttpClientFactory clients)
    {
        var isMicrosoft = new Uri(settings.LoginBaseUrl).Host.EndsWith("microsoftonline.com", StringComparison.OrdinalIgnoreCase);
        return ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithAuthority(Authority(settings), validateAuthority: isMicrosoft)
            .WithClientSecret(settings.AppPassword)
            .WithHttpClientFactory(new MsalHttpClients(clients))
            .Build();
    }

    private sealed class MsalHttpClients(IHttpClientFactory clients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => clients.CreateClient(ClientName);
    }
}
