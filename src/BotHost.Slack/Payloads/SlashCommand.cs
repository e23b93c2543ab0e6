using Microsoft.Extensions.Primitives;

namespace BotHost.Slack.Payloads;

// A slash command: form fields over HTTP, the same fields as JSON strings in a Socket Mode envelope.
public sealed record SlashCommand(
    string? TeamId,
    string? ChannelId,
    string? ChannelName,
    string? UserId,
    string? UserName,
    string? Command,
    string? Text,
    string? ResponseUrl,
    string? TriggerId,
    string? ApiAppId)
{
    public static SlashCommand FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        string? Get(string key) => form.TryGetValue(key, out var value) ? value.ToString() : null;
        return new SlashCommand(
            Get("team_id"), Get("channel_id"), Get("channel_name"), Get("user_id"), Get("user_name"),
            Get("command"), Get("text"), Get("response_url"), Get("trigger_id"), Get("api_app_id"));
    }
}
