using System.Globalization;
using BotHost.Core.Reps;
using BotHost.Core.Reports;
using BotHost.Tests.Core.Digests;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.SafeChannel;

// Messages that carry what workers shared never go to an employer workspace, whoever starts them.
public sealed class EmployerDestinationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_rep_reachable_only_in_an_employer_workspace_gets_the_hand_off_through_the_organisers()
    {
        await using var host = new BotHostFactory(folder.Path);
        await host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
            [new Rep("Priya Shah", ["Acme"]) { SlackTeamId = "TEMP", SlackUserId = "U-PRIYA" }], default);
        var chat = await WebChatClient.StartAsync(host);

        await chat.SayAsync("rep");
        await chat.SayAsync("Acme");
        await chat.PressAsync("rep:topic:Workload");
        var consent = await chat.SayAsync("jo@example.org");
        var done = await chat.PressAsync("rep:consent:yes");

        Assert.Contains("to the union's organisers, who will put you in touch with the rep for Acme", consent.Text, StringComparison.Ordinal);
        Assert.StartsWith("Done. I've passed your request to the union's organisers.", done.Text, StringComparison.Ordinal);
        var queued = Assert.Single(await host.Services.GetRequiredService<IRepRequestStore>().ListOpenAsync(default));
        Assert.Equal("jo@example.org", queued.Request.ContactDetail);
    }

    [Fact]
    public async Task A_scheduled_digest_skips_a_destination_in_an_employer_workspace()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-15T06:58:00Z", CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Digest:Schedule"] = "0 8 * * MON",
            ["Digest:Destinations:0"] = "webchat:local:union-room",
            ["Digest:Destinations:1"] = "webchat:TEMP:employer-room",
            ["Workspaces:Union:0"] = "local",
        }, clock);
        await new ReportSeeder(host).AddManyAsync(3, "2026-06-10", ReportCategory.Workload);
        var union = new WebChatClient(host, "union-room");
        var employer = new WebChatClient(host, "employer-room");
        Assert.True(await union.QuietForAsync(TimeSpan.FromMilliseconds(300)));

        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.StartsWith("**Digest:", (await union.NextAsync()).Text, StringComparison.Ordinal);
        Assert.True(await employer.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    public void Dispose() => folder.Dispose();
}
