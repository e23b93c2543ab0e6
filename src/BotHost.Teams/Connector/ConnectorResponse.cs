namespace BotHost.Teams.Connector;

// What a Connector call came to. Status 0 means no HTTP answer (network failure or refused service URL).
public sealed record ConnectorResponse(int Status, string? Id = null, TimeSpan? RetryAfter = null, IReadOnlyList<string>? ErrorCodes = null)
{
    public static readonly ConnectorResponse Refused = new(0) { IsRefused = true };
    public static readonly ConnectorResponse Unreachable = new(0);

    public bool IsRefused { get; private init; }

    public bool IsSuccess => Status is >= 200 and < 300;
}
