using System.Text.Json.Nodes;

namespace BotHost.Tests.Infrastructure;

// Recorded Slack payloads from Payloads/slack, as JSON a test may change before sending.
public static class SlackPayloads
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Payloads", "slack");

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject();

    public static JsonObject Message(string text, string eventId = "Ev0001")
    {
        var payload = Load("message_im");
        payload["event_id"] = eventId;
        payload["event"]!["text"] = text;
        return payload;
    }

    public static JsonObject Click(string value, string actionId = "choice:0")
    {
        var payload = Load("block_actions");
        payload["actions"]![0]!["value"] = value;
        payload["actions"]![0]!["action_id"] = actionId;
        return payload;
    }
}
