using BotHost.Teams.Connector;

namespace BotHost.Tests.Teams;

// Stands in for MSAL so no test calls Entra.
public sealed class FakeTokenSource : IConnectorTokenSource
{
    public const string Token = "fake-connector-token";

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(Token);
}
