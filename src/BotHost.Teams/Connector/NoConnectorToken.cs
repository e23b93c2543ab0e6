namespace BotHost.Teams.Connector;

// Unauthenticated local mode: the Emulator and Agents Playground expect replies without a token.
public sealed class NoConnectorToken : IConnectorTokenSource
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
