using BotHost.Core.Turns;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Core.Together;

// A released group through the real outbox and Slack sender: workers who allowed contact in the chat are told
// by reference code, organisers get counts only, and nobody else is messaged.
public sealed class TogetherNotificationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Only_workers_who_allowed_contact_in_the_chat_are_told_and_organisers_get_counts_only()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:NotifyOrganisers"] = "slack:T0001:C0ORG" });

        var chatWorker = await ReportAsync(host, "UA", "report:contact:Chat");
        var emailWorker = await ReportAsync(host, "UB", "report:contact:Email", "b.worker@example.org");
        var last = await ReportAsync(host, "UC", "report:contact:Chat");

        var told = await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == "D-UA");
        var organisers = await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == "C0ORG");
        var release = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 800);

        Assert.Contains("2 colleagues raised this too", told.Body, StringComparison.Ordinal);
        Assert.Contains($"(ref {Code(chatWorker)})", told.Body, StringComparison.Ordinal);
        Assert.Contains("Talk to a rep", told.Body, StringComparison.Ordinal);
        Assert.Contains("Join the union", told.Body, StringComparison.Ordinal);
        Assert.Contains("3 reports about Surveillance and monitoring at Acme", organisers.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("screens", organisers.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Code(chatWorker), organisers.Body, StringComparison.Ordinal);

        // The organisers' message and the one chat worker who was waiting; the email worker gets nothing from the
        // bot, and the worker who completed the group hears it in the reply to their own report.
        Assert.Equal("2", release.StructuredState!.Single(s => s.Key == "Messages").Value);
        Assert.Contains("It waits, encrypted", Text(emailWorker), StringComparison.Ordinal);
        Assert.Contains("gone to the union's organisers together", Text(last), StringComparison.Ordinal);
        Assert.Equal(["Talk to a rep", "Join the union", "Main menu"], last.Deliveries.Single().Message.Choices.Select(c => c.Label));
        Assert.DoesNotContain(fake.CallsTo("chat.postMessage"), c => c.Field("channel") == "D-UB");
    }

    [Fact]
    public async Task Organisers_are_not_told_in_an_employer_workspace_even_when_configured()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:NotifyOrganisers"] = "slack:T9EMPLOYER:C0ORG" });

        await ReportAsync(host, "UA", "report:contact:None");
        await ReportAsync(host, "UB", "report:contact:None");
        var last = await ReportAsync(host, "UC", "report:contact:None");

        Assert.Contains("gone to the union's organisers together", Text(last), StringComparison.Ordinal);
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 805);
        Assert.DoesNotContain(fake.CallsTo("chat.postMessage"), c => c.Field("channel") == "C0ORG");
    }

    // Through the engine as a Slack worker: the whole dialog, choosing Wait for others.
    private static async Task<TurnOutcome> ReportAsync(BotHostFactory host, string user, string contact, string? detail = null)
    {
        var worker = new EngineUser(host, "slack", user);
        await worker.SayAsync("report");
        await worker.PressAsync("report:category:Surveillance");
        await worker.SayAsync("Acme");
        await worker.SayAsync("They started recording our screens.");
        await worker.SayAsync("since March");
        await worker.PressAsync("report:people:Some");
        await worker.PressAsync("report:urgency:Soon");
        await worker.PressAsync("report:delivery:Together");
        await worker.PressAsync("report:expiry:Count");
        await worker.PressAsync(contact);
        if (detail is not null)
        {
            await worker.SayAsync(detail);
        }

        return await worker.PressAsync("report:confirm");
    }

    private static string Text(TurnOutcome outcome) => outcome.Deliveries.Single().Message.Text;

    private static string Code(TurnOutcome outcome) => Text(outcome).Split("**")[1];

    public void Dispose() => folder.Dispose();
}
