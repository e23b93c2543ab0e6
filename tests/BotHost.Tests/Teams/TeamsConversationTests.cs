using System.Net;
using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Teams.Conversations;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Teams;

public sealed class TeamsConversationTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeOpenIdIssuer issuer = null!;
    private FakeConnector connector = null!;
    private TeamsTestHost host = null!;

    public async Task InitializeAsync()
    {
        issuer = await FakeOpenIdIssuer.StartAsync();
        connector = await FakeConnector.StartAsync();
        host = TeamsTestHost.Authenticated(folder.Path, issuer);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_message_gets_a_reply_at_the_right_url_with_replyToId_and_bearer_token()
    {
        var message = Activities.Message(connector.ServiceUrl, "help");

        var response = await PostAsync(message);
        var reply = await connector.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Activities.PersonalChat)}/activities/{message.Id}", reply.Path);
        Assert.Equal("Bearer " + FakeTokenSource.Token, reply.Authorization);
        Assert.Equal(message.Id, reply.Body.GetProperty("replyToId").GetString());
        Assert.Equal(Activities.PersonalChat, reply.Body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(Activities.BotId, reply.Body.GetProperty("from").GetProperty("id").GetString());
        Assert.Contains("What would you like to do?", reply.AllText);
    }

    [Fact]
    public async Task Buttons_arrive_as_an_adaptive_card_with_submit_actions()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        var card = (await connector.NextAsync()).Card!.Value;

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var report = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Report a problem");
        Assert.Equal("Action.Submit", report.GetProperty("type").GetString());
        Assert.Equal("report", report.GetProperty("data").GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        var message = Activities.Message(connector.ServiceUrl, "help");

        var first = await PostAsync(message);
        var again = await PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await connector.NextAsync();
        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task Same_activity_id_in_another_conversation_is_a_different_message()
    {
        var id = Activities.NewId();

        await PostAsync(Activities.Message(connector.ServiceUrl, "help", id));
        await PostAsync(Activities.Message(connector.ServiceUrl, "help", id, conversation: "a:someone-else"));

        var paths = new[] { (await connector.NextAsync()).Path, (await connector.NextAsync()).Path };
        Assert.Contains(paths, p => p.Contains("someone-else", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_adaptive_card_submit_continues_a_dialog()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "forget me"));
        var question = await connector.NextAsync();
        var confirm = question.Card!.Value.GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("title").GetString() == "Yes, delete it all")
            .GetProperty("data");

        await PostAsync(Activities.Submit(connector.ServiceUrl, confirm, replyToId: "sent-1"));
        var done = await connector.NextAsync();

        Assert.Contains("Delete it all?", question.AllText);
        Assert.StartsWith("Done.", done.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_form_is_a_card_whose_validation_errors_come_back_in_red()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "report"));
        var intro = await connector.NextAsync();
        await connector.NextAsync();
        var useForm = intro.Card!.Value.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Use a form instead");

        await PostAsync(Activities.Submit(connector.ServiceUrl, useForm.GetProperty("data")));
        var form = (await connector.NextAsync()).Card!.Value;
        var inputs = form.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        string FirstChoice(string id) => inputs.Single(i => i.GetProperty("id").GetString() == id).GetProperty("choices")[0].GetProperty("value").GetString()!;
        string ChoiceTitled(string id, string title) => inputs.Single(i => i.GetProperty("id").GetString() == id).GetProperty("choices").EnumerateArray()
            .Single(c => c.GetProperty("title").GetString() == title).GetProperty("value").GetString()!;

        await PostAsync(Activities.Submit(connector.ServiceUrl, new { form = "report", employer = "Acme Ltd", description = "", when = "" }));
        var rejected = (await connector.NextAsync()).Card!.Value;
        await PostAsync(Activities.Submit(connector.ServiceUrl, new Dictionary<string, string>
        {
            ["form"] = "report",
            ["category"] = FirstChoice("category"),
            ["employer"] = "Acme Ltd",
            ["description"] = "Keystroke logging on every laptop since January.",
            ["when"] = "since January",
            ["people"] = FirstChoice("people"),
            ["urgency"] = FirstChoice("urgency"),
            ["contact"] = ChoiceTitled("contact", "No thanks"),
            ["share"] = "false",
        }));
        var sent = await connector.NextAsync();

        Assert.Contains("Input.ChoiceSet", inputs.Select(i => i.GetProperty("type").GetString()));
        Assert.Contains("Input.Toggle", inputs.Select(i => i.GetProperty("type").GetString()));
        Assert.Contains(inputs, i => i.TryGetProperty("isMultiline", out var multi) && multi.GetBoolean());
        var red = rejected.GetProperty("body").EnumerateArray()
            .Where(e => e.TryGetProperty("color", out var color) && color.GetString() == "attention")
            .Select(e => e.GetProperty("text").GetString())
            .ToList();
        Assert.Contains("Please choose a topic.", red);
        Assert.Contains("Please say briefly what happened.", red);
        Assert.Contains(rejected.GetProperty("body").EnumerateArray(), e => e.TryGetProperty("id", out var id) && id.GetString() == "employer" && e.GetProperty("value").GetString() == "Acme Ltd");
        Assert.StartsWith("Sent.", sent.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_execute_invoke_is_answered_inline_and_reaches_the_core()
    {
        var response = await PostAsync(Activities.Execute(connector.ServiceUrl, new { action = "help" }));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var reply = await connector.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("value").ValueKind);
        Assert.Contains("What would you like to do?", reply.AllText);
    }

    [Fact]
    public async Task Other_invokes_are_not_implemented()
    {
        var response = await PostAsync(Activities.Execute(connector.ServiceUrl, new { action = "help" }) with { Name = "task/fetch" });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_personal_install_is_welcomed_once()
    {
        var installed = Activities.BotInstalled(connector.ServiceUrl);

        await PostAsync(installed);
        await PostAsync(installed);
        var welcome = await connector.NextAsync();

        Assert.Contains("Hello!", welcome.AllText);
        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_stripped_and_answered_in_the_channel()
    {
        await PostAsync(Activities.ChannelMention(connector.ServiceUrl, "help"));
        var reply = await connector.NextAsync();

        Assert.Contains(Uri.EscapeDataString(Activities.TeamChannel), reply.Path, StringComparison.Ordinal);
        Assert.Contains("What would you like to do?", reply.AllText);
    }

    [Fact]
    public async Task A_sensitive_request_in_a_channel_moves_to_a_one_to_one_chat()
    {
        await PostAsync(Activities.ChannelMention(connector.ServiceUrl, "report"));
        var calls = new[] { await connector.NextAsync(), await connector.NextAsync(), await connector.NextAsync() };

        var notice = Assert.Single(calls, c => c.Path.Contains(Uri.EscapeDataString(Activities.TeamChannel), StringComparison.Ordinal));
        Assert.Contains("direct message", notice.AllText, StringComparison.Ordinal);
        var create = Assert.Single(calls, c => c.Path == "/teams/v3/conversations");
        Assert.Equal(Activities.AadObjectId, create.Body.GetProperty("members")[0].GetProperty("id").GetString());
        var direct = Assert.Single(calls, c => c.Path.Contains(Uri.EscapeDataString(FakeConnector.CreatedConversationId), StringComparison.Ordinal));
        Assert.False(direct.Body.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task A_proactive_message_reaches_a_stored_conversation()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.NextAsync();

        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            [new Delivery(new ChannelAddress("teams", Activities.Tenant, Activities.PersonalChat), OutboundMessage.Say("Your digest is ready."))],
            CancellationToken.None);
        var proactive = await connector.NextAsync();

        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Activities.PersonalChat)}/activities", proactive.Path);
        Assert.Equal("Bearer " + FakeTokenSource.Token, proactive.Authorization);
        Assert.False(proactive.Body.TryGetProperty("replyToId", out _));
        Assert.Equal("Your digest is ready.", proactive.Text);
    }

    [Fact]
    public async Task A_direct_address_opens_a_one_to_one_chat_first()
    {
        await PostAsync(Activities.ChannelMention(connector.ServiceUrl, "help"));
        await connector.NextAsync();

        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            [new Delivery(ChannelAddress.Direct("teams", Activities.Tenant, Activities.AadObjectId), OutboundMessage.Say("A rep will be in touch."))],
            CancellationToken.None);
        var create = await connector.NextAsync();
        var message = await connector.NextAsync();

        Assert.Equal("/teams/v3/conversations", create.Path);
        Assert.False(create.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(Activities.AadObjectId, create.Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(Activities.Tenant, create.Body.GetProperty("tenantId").GetString());
        Assert.Equal(Activities.BotId, create.Body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(FakeConnector.CreatedConversationId)}/activities", message.Path);
    }

    [Fact]
    public async Task A_throttled_send_is_retried_after_retry_after()
    {
        connector.FailNext(429, retryAfter: "1", body: """{"error":{"code":"Throttled"}}""");

        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        var throttled = await connector.NextAsync();
        var retried = await connector.NextAsync();

        Assert.Equal(throttled.Path, retried.Path);
        Assert.Contains("What would you like to do?", retried.AllText);
        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_server_error_is_not_retried_so_no_message_is_duplicated()
    {
        connector.FailNext(500);

        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.NextAsync();

        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_gets_no_further_sends()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.NextAsync();
        connector.FailNext(403, body: """{"error":{"code":"Forbidden","message":"blocked","innerHttpError":{"subCode":"MessageWritesBlocked"}}}""");
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var address = new ChannelAddress("teams", Activities.Tenant, Activities.PersonalChat);

        await outbox.EnqueueAsync([new Delivery(address, OutboundMessage.Say("First."))], CancellationToken.None);
        await connector.NextAsync();
        await outbox.EnqueueAsync([new Delivery(address, OutboundMessage.Say("Second."))], CancellationToken.None);

        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1.5)));
        var stored = await host.Services.GetRequiredService<ITeamsConversations>().FindAsync(Activities.Tenant, Activities.PersonalChat, CancellationToken.None);
        Assert.False(stored!.Active);
    }

    [Fact]
    public async Task A_service_url_off_the_allow_list_gets_no_call_and_no_token()
    {
        var elsewhere = connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var response = await host.PostAsync(Activities.Message(elsewhere, "help"), issuer.Token(new TokenSpec(Activities.AppId, elsewhere)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task A_personal_conversation_reference_is_sealed_and_forgotten_with_the_user()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.NextAsync();
        var sealedRows = await TeamsDatabase.CountAsync(folder, "SELECT count(*) FROM teams_conversations WHERE is_sealed = 1 AND user_key IS NOT NULL");
        var plainIds = await TeamsDatabase.CountAsync(folder, $"SELECT count(*) FROM teams_conversations WHERE CAST(body AS TEXT) LIKE '%{Activities.PersonalChat}%'");

        await PostAsync(Activities.Message(connector.ServiceUrl, "forget me"));
        await connector.NextAsync();
        await PostAsync(Activities.Submit(connector.ServiceUrl, new { action = "forgetme:confirm" }));
        var done = await connector.NextAsync();

        Assert.Equal(1, sealedRows);
        Assert.Equal(0, plainIds);
        Assert.Contains("Teams chat address", done.AllText);
    }

    [Fact]
    public async Task Logs_hold_no_message_text_or_user_ids()
    {
        const string Canary = "canary-7f3e my manager reads my email";

        await PostAsync(Activities.Message(connector.ServiceUrl, Canary));
        await connector.NextAsync();

        var logs = host.AllLogs();
        Assert.Contains("Bot Framework signing keys", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("canary-7f3e", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Activities.AadObjectId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Activities.UserId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Activities.PersonalChat, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTokenSource.Token, logs, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(BotHost.Teams.Schema.Activity activity) =>
        host.PostAsync(activity, issuer.Token(new TokenSpec(Activities.AppId, activity.ServiceUrl)));
}
