using BotHost.Core.Reports;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Core.Reports;

public sealed class ReportConversationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_worker_completes_a_report_in_the_web_chat_in_10_messages_or_fewer()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var code = await ReportFlow.CompleteAsync(chat, employer: "Acme Ltd", description: "They installed screenshot software on our laptops.");

        // 10 since the report asks how it travels (Send now, Count only, Wait for others).
        Assert.True(chat.Sent <= 10, $"took {chat.Sent} messages");
        var record = await host.Services.GetRequiredService<IReportStore>().FindAsync(code, default);
        Assert.NotNull(record);
        Assert.Equal(ReportCategory.Surveillance, record.Category);
        Assert.Equal(Urgency.Soon, record.Urgency);
        var content = await host.Services.GetRequiredService<IReportStore>().OpenAsync(code, default);
        Assert.Equal("Acme Ltd", content!.Employer);
    }

    [Fact]
    public async Task Typed_answers_work_as_well_as_buttons()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        await ReportFlow.StartAsync(chat);
        Assert.Equal("Which employer or workplace is this about?", (await chat.SayAsync("it's about pay")).Text.Split('\n')[0]);
        await chat.SayAsync("Initech");
        await chat.SayAsync("My bonus was cut without warning.");
        await chat.SayAsync("last month");
        await chat.SayAsync("just me");
        await chat.SayAsync("not urgent");
        await chat.SayAsync("send it now");
        var summary = await chat.SayAsync("no thanks");

        Assert.Contains("**About:** Pay and contracts", summary.Text);
        Assert.Contains("**People affected:** Just me", summary.Text);
    }

    [Fact]
    public async Task Typos_counts_in_words_and_dates_are_understood()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-18T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, time: clock);
        var chat = await WebChatClient.StartAsync(host);

        await ReportFlow.StartAsync(chat);
        await chat.SayAsync("surveilance");
        await chat.SayAsync("Initech");
        await chat.SayAsync("Webcam checks every hour.");
        await chat.SayAsync("last Tuesday");
        await chat.SayAsync("about twenty of us");
        await chat.SayAsync("not urgent");
        await chat.SayAsync("now");
        await chat.SayAsync("by phone");
        var summary = await chat.SayAsync("ring me on 07700 900123");

        Assert.Contains("**About:** Surveillance and monitoring", summary.Text);
        Assert.Contains("**When:** last Tuesday (10 November 2026)", summary.Text);
        Assert.Contains("**People affected:** 6 to 20", summary.Text);
        Assert.Contains("Yes, +447700900123", summary.Text);
    }

    [Fact]
    public async Task Back_changes_the_last_answer_and_help_explains_the_step()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.StartAsync(chat);
        await chat.PressAsync("report:category:Workload");

        var back = await chat.SayAsync("back");
        var help = await chat.SayAsync("help");
        var after = await chat.PressAsync("report:category:HealthSafety");

        Assert.StartsWith("What is it about?", back.Text);
        Assert.Contains("Pick the closest topic", help.Text);
        Assert.StartsWith("Which employer", after.Text);
    }

    [Fact]
    public async Task A_button_from_an_earlier_question_is_not_taken_as_the_answer()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.StartAsync(chat);
        await chat.PressAsync("report:category:Workload");

        var again = await chat.PressAsync("report:category:Surveillance");
        var next = await chat.SayAsync("Acme");

        Assert.StartsWith("Which employer", again.Text);
        Assert.StartsWith("What happened", next.Text);
    }

    [Fact]
    public async Task Cancel_stops_and_saves_nothing()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.StartAsync(chat);
        await chat.PressAsync("report:category:Workload");
        await chat.SayAsync("Acme");

        var cancelled = await chat.SayAsync("cancel");
        var list = await chat.SayAsync("my reports");

        Assert.StartsWith("Cancelled. Nothing was saved.", cancelled.Text);
        Assert.StartsWith("You have no reports", list.Text);
    }

    [Fact]
    public async Task An_invalid_email_is_asked_again()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToContactAsync(chat, "Acme", "Something happened at work today.");
        await chat.PressAsync("report:contact:Email");

        var again = await chat.SayAsync("not an email");
        var summary = await chat.SayAsync("jo@example.org");

        Assert.StartsWith("That doesn't look like an email address.", again.Text);
        Assert.Contains("Yes, jo@example.org", summary.Text);
    }

    [Fact]
    public async Task This_chat_is_not_offered_as_contact_in_the_web_chat()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var question = await ReportFlow.AnswerUpToContactAsync(chat, "Acme", "Something happened at work today.");
        var refused = await chat.SayAsync("yes in this chat");

        Assert.DoesNotContain(question.Choices, c => c.Value == "report:contact:Chat");
        Assert.Contains("couldn't reach you here", refused.Text);
    }

    [Fact]
    public async Task An_unfinished_report_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-18T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Reports:DraftExpiryMinutes"] = "30" }, clock);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.StartAsync(chat);

        clock.Advance(TimeSpan.FromMinutes(31));
        var late = await chat.PressAsync("report:category:Workload");

        Assert.StartsWith("That report timed out", late.Text);
    }

    [Fact]
    public async Task A_report_survives_a_restart_mid_dialog()
    {
        string session;
        await using (var before = new BotHostFactory(folder.Path))
        {
            var chat = await WebChatClient.StartAsync(before);
            session = chat.SessionId;
            await ReportFlow.StartAsync(chat);
            await chat.PressAsync("report:category:DataPrivacy");
            await chat.SayAsync("Globex");
        }

        await using var after = new BotHostFactory(folder.Path);
        var resumed = new WebChatClient(after, session);
        await resumed.SayAsync("Our HR system leaked everyone's payslips.");
        await resumed.PressAsync("report:when:this week");
        await resumed.PressAsync("report:people:Many");
        await resumed.PressAsync("report:urgency:Soon");
        await resumed.PressAsync("report:delivery:Now");
        var summary = await resumed.PressAsync("report:contact:None");
        var sent = await resumed.PressAsync("report:confirm");

        Assert.Contains("**Where:** Globex", summary.Text);
        Assert.StartsWith("Sent.", sent.Text);
    }

    [Fact]
    public async Task The_form_is_checked_and_a_valid_one_is_filed()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var form = new Dictionary<string, string>
        {
            ["form"] = "report",
            ["category"] = "AiAutomation",
            ["employer"] = "Hooli",
            ["description"] = "An algorithm now assigns our shifts.",
            ["when"] = "since March",
            ["people"] = "Some",
            ["urgency"] = "NotUrgent",
            ["contact"] = "Phone",
            ["contactDetail"] = "call me",
            ["share"] = "true",
        };

        (await chat.SendAsync(form: form)).EnsureSuccessStatusCode();
        var rejected = await chat.NextAsync();
        form["contactDetail"] = "07700 900123";
        (await chat.SendAsync(form: form)).EnsureSuccessStatusCode();
        var accepted = await chat.NextAsync();

        Assert.NotNull(rejected.Form);
        Assert.Contains("contactDetail", rejected.Form.Errors.Keys);
        Assert.Equal("Hooli", rejected.Form.Fields.Single(f => f.Id == "employer").Value);
        Assert.DoesNotContain(rejected.Form.Fields.Single(f => f.Id == "contact").Options, o => o.Value == "Chat");
        Assert.StartsWith("Sent.", accepted.Text);
    }

    [Fact]
    public async Task My_reports_lists_them_and_withdraw_deletes_one()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var code = await ReportFlow.CompleteAsync(chat, "Acme", "Cameras were added above our desks.");
        var stranger = await WebChatClient.StartAsync(host);

        var list = await chat.SayAsync("my reports");
        var notTheirs = await stranger.SayAsync($"withdraw {code}");
        var withdrawn = await chat.SayAsync($"withdraw {code.ToLowerInvariant()}");

        Assert.Contains($"**{code}**", list.Text);
        Assert.StartsWith("I couldn't find", notTheirs.Text);
        Assert.Equal($"Report {code} is withdrawn and deleted.", withdrawn.Text);
        Assert.Null(await host.Services.GetRequiredService<IReportStore>().FindAsync(code, default));
    }

    public void Dispose() => folder.Dispose();
}
