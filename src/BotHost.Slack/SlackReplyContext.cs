using System.Text.Json;
using BotHost.Slack.Payloads;

namespace BotHost.Slack;

// Turn.ReplyContext for Slack: where in the conversation to answer. Only SlackSender reads it.
public sealed record SlackReplyContext(string? ThreadTs = null, string? ResponseUrl = null, bool Ephemeral = false)
{
    public static readonly SlackReplyContext None = new();

    public string? Serialize() => this == None ? null : JsonSerializer.Serialize(this, SlackJson.Default.SlackReplyContext);

    public static SlackReplyContext Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }

        try
        {
            return JsonSerializer.Deserialize(text, SlackJson.Default.SlackReplyContext) ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
