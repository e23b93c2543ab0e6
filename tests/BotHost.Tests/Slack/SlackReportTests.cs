using System.Text.Json;
using System.Text.Json.Nodes;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

// The real report form (BotHost.Core.Reports) through Slack: a button in the DM, a modal, a reference code.
public sealed class SlackReportTests : SlackHostTest
{
    [Fact]
    public async Task A_report_made_in_a_Slack_modal_gets_a_reference_in_the_DM()
    {
        await Slack.PostEventAsync(SlackPayloads.Message("report"));
        var intro = await Fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("form:report:", StringComparison.Ordinal));
        var formButton = intro.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Single(e => e.GetProperty("action_id").GetString()!.StartsWith("form:report:", StringComparison.Ordinal));

        await Slack.PostInteractionAsync(SlackPayloads.Click(formButton.GetProperty("value").GetString()!, formButton.GetProperty("action_id").GetString()!));

        var view = Assert.Single(Fake.CallsTo("views.open")).Json!.Value.GetProperty("view");
        Assert.Equal("form:report", view.GetProperty("callback_id").GetString());
        Assert.Equal("Report a problem", view.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(11, view.GetProperty("blocks").GetArrayLength());

        var submitted = await Slack.PostInteractionAsync(Submission(view, new()
        {
            ["category"] = Select("Surveillance"),
            ["employer"] = Input("Acme Widgets"),
            ["description"] = Input("New keystroke tracking on every laptop"),
            ["when"] = Input("since Monday"),
            ["people"] = Select("Many"),
            ["urgency"] = Select("Soon"),
            ["delivery"] = Select("Now"),
            ["contact"] = Select("None"),
            ["contactDetail"] = Input(null),
            ["share"] = JsonNode.Parse("""{"type":"checkboxes","selected_options":[]}""")!,
        }));

        Assert.Equal("clear", JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("response_action").GetString());
        var confirmation = await Fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("Your reference is", StringComparison.Ordinal));
        Assert.Equal("D0001", confirmation.Field("channel"));
    }

    [Fact]
    public async Task A_report_modal_with_missing_answers_stays_open_with_errors_under_the_fields()
    {
        var view = JsonDocument.Parse("""{"id":"V0002","callback_id":"form:report","private_metadata":"{\"form\":\"report\",\"channel\":\"D0001\"}"}""").RootElement;

        // Slack sends every input block, empty ones with a null value.
        var refused = await Slack.PostInteractionAsync(Submission(view, new()
        {
            ["category"] = Select("Surveillance"),
            ["employer"] = Input(null),
            ["description"] = Input("bad"),
            ["when"] = Input("today"),
            ["people"] = Select("One"),
            ["urgency"] = Select("Soon"),
            ["contact"] = Select("None"),
            ["contactDetail"] = Input(null),
            ["share"] = JsonNode.Parse("""{"type":"checkboxes","selected_options":[]}""")!,
        }));

        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["description", "employer"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Please tell me the employer or workplace.", errors.GetProperty("employer").GetString());
        Assert.Empty(Fake.CallsTo("chat.postMessage"));
    }

    private static JsonObject Submission(JsonElement view, Dictionary<string, JsonNode> values)
    {
        var payload = SlackPayloads.Load("view_submission");
        payload["view"]!["id"] = "V" + Guid.NewGuid().ToString("N")[..8];
        payload["view"]!["callback_id"] = view.GetProperty("callback_id").GetString();
        payload["view"]!["private_metadata"] = view.GetProperty("private_metadata").GetString();
        var state = new JsonObject();
        foreach (var (field, value) in values)
        {
            state[field] = new JsonObject { ["value"] = value };
        }

        payload["view"]!["state"] = new JsonObject { ["values"] = state };
        return payload;
    }

    private static JsonObject Input(string? text) => new JsonObject { ["type"] = "plain_text_input", ["value"] = text };

    private static JsonObject Select(string value) =>
        new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };
}
