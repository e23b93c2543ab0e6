using System.Text.Json.Nodes;
using BotHost.Core.SafeChannel;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.SafeChannel;

// Slack workspace T0001 as the employer's: whatever a worker does there, report content never reaches a
// Slack call, and a private link does.
public sealed class EmployerSlackTests : IAsyncLifetime
{
    private const string Canary = "CANARY-7Q3X";

    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private SlackClient slack = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Workspaces:Union:0"] = "TUNION" });
        slack = new SlackClient(host.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Report_in_a_DM_gets_a_private_link_with_previews_off_and_the_notice_first()
    {
        await slack.PostEventAsync(SlackPayloads.Message("report"));

        var reply = await fake.WaitForAsync("chat.postMessage");
        Assert.Contains("/private#", reply.Body);
        Assert.Contains("admins may be able to see or export it", reply.Body);
        Assert.DoesNotContain("What is it about?", reply.Body);
        Assert.Equal("false", reply.Json!.Value.GetProperty("unfurl_links").ToString().ToLowerInvariant());
        Assert.Equal("false", reply.Json!.Value.GetProperty("unfurl_media").ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task The_notice_is_shown_once_and_again_on_privacy()
    {
        await slack.PostEventAsync(SlackPayloads.Message("help", "Ev1"));
        await slack.PostEventAsync(SlackPayloads.Message("join", "Ev2"));
        await slack.PostEventAsync(SlackPayloads.Message("privacy", "Ev3"));

        var replies = new List<RecordedCall>();
        for (var i = 1; i <= 3; i++)
        {
            replies.Add(await fake.WaitForAsync("chat.postMessage", count: i));
        }

        Assert.Equal([true, false, true], replies.Select(r => r.Body.Contains("Before we start", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_content_never_reaches_Slack_from_a_DM_a_mention_a_command_or_a_crafted_modal()
    {
        // A report begun while the workspace was the union's must not carry on once it is the employer's.
        var trust = host.Services.GetRequiredService<IWorkspaceTrust>();
        await trust.SetAsync("T0001", WorkspaceTrust.Union, TimeProvider.System.GetUtcNow(), default);
        await slack.PostEventAsync(SlackPayloads.Message("report", "EvA"));
        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("What is it about?", StringComparison.Ordinal));
        await slack.PostEventAsync(SlackPayloads.Message("Surveillance", "EvB"));
        await fake.WaitForAsync("chat.postMessage", count: 3);
        await trust.SetAsync("T0001", WorkspaceTrust.Employer, TimeProvider.System.GetUtcNow(), default);
        var before = fake.Calls.Count;

        await slack.PostEventAsync(SlackPayloads.Message($"{Canary} Widgets Ltd", "EvC"));
        var mention = SlackPayloads.Load("app_mention");
        mention["event_id"] = "EvD";
        mention["event"]!["text"] = "<@UBOT> report";
        await slack.PostEventAsync(mention);
        await slack.PostCommandAsync("report", fake.ResponseUrl("cmd1"));
        await slack.PostInteractionAsync(Submission(Canary));
        await slack.PostEventAsync(SlackPayloads.Message($"They log every keystroke {Canary}", "EvE"));

        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("/private#", StringComparison.Ordinal), count: 4);
        await fake.WaitForAsync("response_url");
        await Task.Delay(500);
        var after = fake.Calls.Skip(before).ToList();
        Assert.All(fake.Calls, c => Assert.DoesNotContain(Canary, c.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(after, c => c.Body.Contains("What happened", StringComparison.Ordinal) || c.Body.Contains("Your reference", StringComparison.Ordinal));
        Assert.Empty(fake.CallsTo("views.open"));
        Assert.Contains(after, c => Text(c).Contains("I didn't keep that", StringComparison.Ordinal));
        Assert.Contains(after, c => c.Method == "response_url" && c.Body.Contains("direct message", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_button_from_an_old_message_opens_no_modal_there()
    {
        await slack.PostInteractionAsync(SlackPayloads.Click("report:form", "form:report:0"));

        var reply = await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("/private#", StringComparison.Ordinal));
        Assert.Empty(fake.CallsTo("views.open"));
        Assert.NotNull(reply);
    }

    [Fact]
    public async Task In_a_union_workspace_reports_still_happen_in_the_chat()
    {
        await host.Services.GetRequiredService<IWorkspaceTrust>().SetAsync("T0001", WorkspaceTrust.Union, TimeProvider.System.GetUtcNow(), default);

        await slack.PostEventAsync(SlackPayloads.Message("report"));

        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("What is it about?", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.Calls, c => c.Body.Contains("/private#", StringComparison.Ordinal));
    }

    private static string Text(RecordedCall call) =>
        call.Json is { } json && json.TryGetProperty("text", out var text) ? text.GetString() ?? "" : call.Body;

    // A modal submission Slack would send, whether or not the bot ever opened it.
    private static JsonObject Submission(string canary)
    {
        var payload = SlackPayloads.Load("view_submission");
        payload["view"]!["id"] = "VCRAFTED1";
        payload["view"]!["callback_id"] = "form:report";
        payload["view"]!["private_metadata"] = """{"form":"report","channel":"D0001"}""";
        var state = new JsonObject();
        foreach (var (field, value) in new[] { ("employer", canary + " Ltd"), ("description", "Keylogger " + canary), ("when", "since " + canary), ("contactDetail", canary + "@example.org") })
        {
            state[field] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        }

        foreach (var (field, value) in new[] { ("category", "Surveillance"), ("people", "Many"), ("urgency", "Soon"), ("contact", "Email") })
        {
            state[field] = new JsonObject { ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } } };
        }

        payload["view"]!["state"] = new JsonObject { ["values"] = state };
        return payload;
    }
}
