using System.Net.Http.Headers;

namespace BotHost.Teams.Connector;

// Outermost handler of the Connector client: refuses hosts off the allow-list before anything is sent, and
// attaches the bearer token (none in unauthenticated mode). Retries run inside it with the same header.
public sealed class ConnectorAuthHandler(ServiceUrlPolicy policy, IConnectorTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !policy.Allows(uri))
        {
            throw new ServiceUrlRefusedException();
        }

        if (await tokens.GetTokenAsync(cancellationToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
