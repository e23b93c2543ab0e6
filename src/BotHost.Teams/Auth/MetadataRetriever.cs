using Microsoft.IdentityModel.Protocols;

namespace BotHost.Teams.Auth;

// Fetches the OpenID metadata and key set through the host's HttpClient. Every address, including the
// jwks_uri the metadata names, must be https unless it is on this machine (tests serve their own).
public sealed class MetadataRetriever(IHttpClientFactory clients) : IDocumentRetriever
{
    public const string ClientName = "teams-openid";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Loopback.IsHttpsOrLoopback(address))
        {
            throw new InvalidOperationException("Refusing to fetch signing keys over plain http from a remote host.");
        }

        using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(address), cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException($"OpenID metadata answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync(cancel);
    }
}
