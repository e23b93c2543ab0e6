namespace BotHost.Slack.Payloads;

// Every Web API answer: HTTP 200 with ok, or ok:false and an error code.
public interface ISlackResponse
{
    bool Ok { get; }
    string? Error { get; }
}
