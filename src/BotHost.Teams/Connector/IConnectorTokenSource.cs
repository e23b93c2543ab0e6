namespace BotHost.Teams.Connector;

// The bearer token for Connector calls; null when replies go without one (unauthenticated local mode).
// A seam so tests never call Entra.
public interface IConnectorTokenSource
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
