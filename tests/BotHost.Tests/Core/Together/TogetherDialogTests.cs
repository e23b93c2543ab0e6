using BotHost.Core.Reports;
using BotHost.Core.Turns;
using BotHost.Tests.Core.Reports;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Together;

// The question "how should your report travel?" in the chat and in the one-form version.
public sealed class TogetherDialogTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Waiting_for_others_asks_what_happens_after_the_wait_and_the_summary_shows_the_choice()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var question = await ReportFlow.AnswerUpToDeliveryAsync(chat);

        var expiry = await chat.PressAsync("report:delivery:Together");
        var contact = await chat.PressAsync("report:expiry:Delete");
        var summary = await chat.PressAsync("report:contact:None");
        var sent = await chat.PressAsync("report:confirm");
        var mine = await chat.SayAsync("my reports");

        Assert.Equal(["Send now", "Count only", "Wait for others", "Cancel"], question.Choices.Select(c => c.Label));
        Assert.Contains("Held, encrypted, until at least 3 people at the same employer, you included, report the same kind of problem.", question.Text);
        Assert.StartsWith("If not enough people report within 6 months:", expiry.Text);
        Assert.Equal(["Count it only", "Delete it", "Cancel"], expiry.Choices.Select(c => c.Label));
        Assert.StartsWith("Would you like a rep to get in touch?", contact.Text);
        Assert.Contains("**How it travels:** Wait until 3 people (you included) report it; after 6 months, delete it", summary.Text);
        Assert.Contains("It waits, encrypted, until at least 3 people", sent.Text);
        Assert.Contains("waiting for others", mine.Text);
    }

    [Fact]
    public async Task Count_only_skips_the_contact_question_and_is_never_a_case()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToDeliveryAsync(chat);

        var summary = await chat.SayAsync("count only");
        var sent = await chat.PressAsync("report:confirm");
        var code = sent.Text.Split("**")[1];
        var mine = await chat.SayAsync("my reports");

        Assert.StartsWith("Here's your report:", summary.Text);
        Assert.Contains("**How it travels:** Count only", summary.Text);
        Assert.Contains("**Rep to contact you:** No", summary.Text);
        Assert.DoesNotContain(summary.Choices, c => c.Value == "report:confirm-share");
        Assert.Contains("counted in the totals only", sent.Text);
        Assert.Contains("counted only", mine.Text);
        Assert.Null(await host.Services.GetRequiredService<IReportStore>().FindAsync(code, default));
    }

    [Fact]
    public async Task Back_and_help_work_on_the_new_questions()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToDeliveryAsync(chat);
        await chat.PressAsync("report:delivery:Count");

        var fromSummary = await chat.SayAsync("back");
        var help = await chat.SayAsync("help");
        var expiry = await chat.SayAsync("wait for others");
        var fromExpiry = await chat.SayAsync("back");
        var again = await chat.SayAsync("send now");
        var fromContact = await chat.SayAsync("back");

        Assert.StartsWith("How should your report travel?", fromSummary.Text);
        Assert.Contains("Wait for others if you'd rather not be the only one", help.Text);
        Assert.StartsWith("If not enough people report", expiry.Text);
        Assert.StartsWith("How should your report travel?", fromExpiry.Text);
        Assert.StartsWith("Would you like a rep to get in touch?", again.Text);
        Assert.StartsWith("How should your report travel?", fromContact.Text);
    }

    [Fact]
    public async Task The_form_asks_the_same_and_needs_an_expiry_choice_only_when_waiting()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var form = new Dictionary<string, string>
        {
            ["form"] = "report",
            ["category"] = "Workload",
            ["employer"] = "Hooli",
            ["description"] = "We are on call every weekend now.",
            ["when"] = "since March",
            ["people"] = "Some",
            ["urgency"] = "NotUrgent",
            ["delivery"] = "Together",
            ["contact"] = "None",
        };

        (await chat.SendAsync(form: form)).EnsureSuccessStatusCode();
        var rejected = await chat.NextAsync();
        form["expiry"] = "Count";
        (await chat.SendAsync(form: form)).EnsureSuccessStatusCode();
        var accepted = await chat.NextAsync();
        form["delivery"] = "Count";
        form.Remove("expiry");
        form.Remove("contact");
        (await chat.SendAsync(form: form)).EnsureSuccessStatusCode();
        var counted = await chat.NextAsync();

        Assert.Equal(["expiry"], rejected.Form!.Errors.Keys);
        Assert.Equal("Together", rejected.Form.Fields.Single(f => f.Id == "delivery").Value);
        Assert.Contains("It waits, encrypted", accepted.Text);
        Assert.Contains("counted in the totals only", counted.Text);
    }

    public void Dispose() => folder.Dispose();
}
