using System.Net;
using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Slack;

public sealed class SlackInteractivityTests : SlackHostTest
{
    protected override HttpClient CreateClient(BotHostFactory host) =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFormDefinition, TestReportForm>())).CreateClient();

    [Fact]
    public async Task A_button_click_is_answered_in_the_same_DM()
    {
        var response = await Slack.PostInteractionAsync(SlackPayloads.Click("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var post = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0001", post.Field("channel"));
        Assert.Contains("What would you like to do?", post.Body);
    }

    [Fact]
    public async Task A_button_in_the_App_Home_is_answered_in_a_new_DM()
    {
        var click = SlackPayloads.Click("help");
        click["container"] = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"view","view_id":"V0HOME"}""");
        click.Remove("channel");

        await Slack.PostInteractionAsync(click);

        await Fake.WaitForAsync("conversations.open");
        var post = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0NEW", post.Field("channel"));
    }

    [Fact]
    public async Task A_link_button_click_is_acknowledged_and_ignored()
    {
        var response = await Slack.PostInteractionAsync(SlackPayloads.Click("https://example.org/join", "link:0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task The_report_modal_round_trips()
    {
        var open = await Slack.PostInteractionAsync(SlackPayloads.Click("report", $"form:{TestReportForm.Id}:1"));

        // views.open happened inside the acknowledgement, while the trigger was still valid.
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var viewsOpen = Assert.Single(Fake.CallsTo("views.open"));
        Assert.Equal("1767225602.1.abc123", viewsOpen.Field("trigger_id"));
        var view = viewsOpen.Json!.Value.GetProperty("view");
        Assert.Equal("modal", view.GetProperty("type").GetString());
        Assert.Equal("form:testform", view.GetProperty("callback_id").GetString());
        Assert.Equal(["what", "where", "when", "anonymous"], view.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("block_id").GetString()));

        var invalid = SlackPayloads.Load("view_submission");
        invalid["view"]!["state"]!["values"]!["what"]!["value"]!["value"] = "no";
        var refused = await Slack.PostInteractionAsync(invalid);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.Equal("Tell us a little more about what happened.", errors.GetProperty("errors").GetProperty("what").GetString());

        var accepted = await Slack.PostInteractionAsync(SlackPayloads.Load("view_submission"));

        var clear = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("clear", clear.GetProperty("response_action").GetString());
        var reply = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0001", reply.Field("channel"));
        Assert.Single(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_double_submitted_modal_is_handled_once()
    {
        await Slack.PostInteractionAsync(SlackPayloads.Load("view_submission"));
        await Slack.PostInteractionAsync(SlackPayloads.Load("view_submission"));

        await Fake.WaitForAsync("chat.postMessage");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Single(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task When_the_modal_cannot_open_the_button_value_goes_to_the_core()
    {
        Fake.AnswerOnce("views.open", 200, """{"ok":false,"error":"expired_trigger_id"}""");

        await Slack.PostInteractionAsync(SlackPayloads.Click("help", $"form:{TestReportForm.Id}:0"));

        var post = await Fake.WaitForAsync("chat.postMessage");
        Assert.Equal("D0001", post.Field("channel"));
        Assert.Contains("What would you like to do?", post.Body);
    }
}
