namespace BotHost.Slack.Payloads;

// The answer to view_submission, in the HTTP body or the socket ack: "errors" keeps the modal open.
public sealed record ViewSubmissionAck(string ResponseAction, IReadOnlyDictionary<string, string>? Errors = null)
{
    public static readonly ViewSubmissionAck Clear = new("clear");
}
