using BotHost.Core.Digests;
using BotHost.Core.Reports;
using BotHost.Tests.Core.Digests;
using BotHost.Tests.Core.Together;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Storage;

// What the organisers' digest shows of reports that wait for others, before and after release.
public sealed class TogetherDigestTests : IDisposable
{
    private static readonly DateTimeOffset Monday = ReportSeeder.Day("2026-11-16").AddHours(-4);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Held_reports_are_in_no_count_and_organisers_see_only_a_band_for_employers_already_named()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(4, "2026-11-10", ReportCategory.Surveillance, "Acme");
        await seed.AddManyAsync(4, "2026-11-11", ReportCategory.Workload, "Globex");
        var together = new TogetherReports(host);
        var held = await together.AddAsync("worker-1", "Acme", contact: ContactMethod.Chat, on: ReportSeeder.Day("2026-11-12"));
        await together.AddAsync("worker-2", "Acme", on: ReportSeeder.Day("2026-11-12"));
        await together.AddAsync("worker-3", "Initech", on: ReportSeeder.Day("2026-11-12"));

        var digest = await BuildAsync(host);
        var markdown = DigestMarkdown.Render(digest);

        Assert.Equal(8, digest.Total.Count);
        Assert.Equal(["Acme", "Other"], digest.WaitingForOthers);
        Assert.Empty(digest.RaisedTogether);
        Assert.DoesNotContain(held, digest.WaitingForContact.Codes);
        Assert.Contains("## Waiting for others\n\nFewer than 3 people so far for each topic at: Acme, Other.", markdown);
        Assert.DoesNotContain("Initech", markdown);
        Assert.DoesNotContain("Initech", DigestJson.Render(digest));
    }

    [Fact]
    public async Task A_released_group_is_counted_on_its_release_day_and_listed_as_raised_together()
    {
        await using var host = new BotHostFactory(folder.Path);
        var together = new TogetherReports(host);
        await together.AddAsync("worker-1", "Acme", on: ReportSeeder.Day("2026-11-03"));
        await together.AddAsync("worker-2", "Acme", on: ReportSeeder.Day("2026-11-04"));
        var third = await together.AddAsync("worker-3", "Acme", contact: ContactMethod.Chat, on: ReportSeeder.Day("2026-11-12"));

        var digest = await BuildAsync(host);

        Assert.Equal(3, digest.Total.Count);
        Assert.Equal(0, await PreviousTotalAsync(host));
        var raised = Assert.Single(digest.RaisedTogether);
        Assert.Equal(("Surveillance and monitoring at Acme", 3), (raised.Name, raised.Count!.Value));
        Assert.Contains(third, digest.WaitingForContact.Codes);
        Assert.Empty(digest.WaitingForOthers);
        Assert.Contains("raised-together,Surveillance and monitoring at Acme,3,,", DigestCsv.Render(digest).Split('\n'));
    }

    [Fact]
    public async Task Shared_words_of_a_waiting_report_appear_only_after_release_in_the_digest_of_the_release()
    {
        await using var host = new BotHostFactory(folder.Path);
        var together = new TogetherReports(host);
        await together.AddAsync("worker-1", "Acme", on: ReportSeeder.Day("2026-11-03"), share: true);
        await together.AddAsync("worker-2", "Acme", on: ReportSeeder.Day("2026-11-10"));
        var whileWaiting = await BuildAsync(host);
        await together.AddAsync("worker-3", "Acme", on: ReportSeeder.Day("2026-11-12"));

        var afterRelease = await BuildAsync(host);

        Assert.Empty(whileWaiting.Excerpts);
        Assert.Equal("They started recording our screens.", Assert.Single(afterRelease.Excerpts).Text);
    }

    [Fact]
    public async Task Organisers_cases_list_released_reports_as_raised_together_and_nothing_held_or_counted_only()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Organisers:Members:0"] = "slack:U-ORG" });
        var together = new TogetherReports(host);
        var held = await together.AddAsync("worker-1", "Globex");
        var counted = await together.AddAsync("worker-2", "Globex", delivery: BotHost.Core.Together.ReportDelivery.Count);
        var released = new[] { await together.AddAsync("worker-3"), await together.AddAsync("worker-4"), await together.AddAsync("worker-5") };
        var organiser = new EngineUser(host, "slack", "U-ORG");

        var cases = (await organiser.SayAsync("cases")).Deliveries.Single().Message.Text;
        var show = (await organiser.SayAsync("case show " + held)).Deliveries.Single().Message.Text;

        Assert.All(released, code => Assert.Contains($"**{code}** Surveillance and monitoring, Open, Soon, raised together", cases));
        Assert.DoesNotContain(held, cases);
        Assert.DoesNotContain(counted, cases);
        Assert.StartsWith("Which report?", show);
    }

    private static async Task<int> PreviousTotalAsync(BotHostFactory host)
    {
        var counts = await host.Services.GetRequiredService<IDigestSource>().CountAsync(
            new DayRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), default);
        return counts.Sum(c => c.Count);
    }

    private static Task<Digest> BuildAsync(BotHostFactory host) =>
        host.Services.GetRequiredService<IDigestService>().BuildAsync(new DigestRequest(Monday.AddDays(-7), Monday, "slack:U-ORG"), default);

    public void Dispose() => folder.Dispose();
}
