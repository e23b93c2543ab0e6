using BotHost.Core.Reports;
using BotHost.Core.Reps;
using BotHost.Core.Together;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Together;

public sealed class TogetherReleaseTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task The_group_is_released_when_the_third_colleague_reports_and_not_before()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1");
        var second = await reports.AddAsync("worker-2");
        var heldAfterTwo = new[] { (await reports.MineAsync("worker-1", first))!, (await reports.MineAsync("worker-2", second))! };
        var casesAfterTwo = new[] { await reports.CaseAsync(first), await reports.CaseAsync(second) };
        var third = await reports.AddAsync("worker-3");

        Assert.All(heldAfterTwo, r => Assert.True(r.Held));
        Assert.All(casesAfterTwo, Assert.Null);
        foreach (var (user, code) in new[] { ("worker-1", first), ("worker-2", second), ("worker-3", third) })
        {
            Assert.False((await reports.MineAsync(user, code))!.Held);
            Assert.Equal(ReportDelivery.Together, (await reports.CaseAsync(code))!.Delivery);
        }
    }

    [Fact]
    public async Task The_store_says_whether_each_report_was_held_when_it_was_stored()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var first = await reports.SaveAsync("worker-1");
        var second = await reports.SaveAsync("worker-2");
        var third = await reports.SaveAsync("worker-3");
        var sentNow = await reports.SaveAsync("worker-4", delivery: ReportDelivery.Now);

        Assert.Equal([true, true, false, false], new[] { first.Held, second.Held, third.Held, sentNow.Held });
        Assert.False((await reports.MineAsync("worker-1", first.Code))!.Held);
    }

    [Fact]
    public async Task A_group_released_long_ago_does_not_send_a_new_report_out_alone()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);
        var longAgo = TogetherReports.Today.AddDays(-200);
        foreach (var user in new[] { "worker-1", "worker-2", "worker-3" })
        {
            await reports.AddAsync(user, on: longAgo);
        }

        var late = await reports.AddAsync("worker-4");

        Assert.True((await reports.MineAsync("worker-4", late))!.Held);
    }

    [Fact]
    public async Task One_worker_reporting_three_times_does_not_release_a_group_alone()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var codes = new[] { await reports.AddAsync("worker-1"), await reports.AddAsync("worker-1"), await reports.AddAsync("worker-1"), await reports.AddAsync("worker-2") };

        foreach (var code in codes)
        {
            Assert.Null(await reports.CaseAsync(code));
        }
    }

    [Fact]
    public async Task Reports_sent_now_or_counted_only_do_not_count_towards_the_threshold()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        await reports.AddAsync("worker-1", delivery: ReportDelivery.Now);
        var counted = await reports.AddAsync("worker-2", delivery: ReportDelivery.Count);
        var first = await reports.AddAsync("worker-3");
        var second = await reports.AddAsync("worker-4");

        Assert.True((await reports.MineAsync("worker-3", first))!.Held);
        Assert.True((await reports.MineAsync("worker-4", second))!.Held);
        Assert.Null(await reports.CaseAsync(counted));
    }

    [Fact]
    public async Task Other_topics_and_other_employers_are_other_groups()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1", "Acme");
        await reports.AddAsync("worker-2", "Globex");
        await reports.AddAsync("worker-3", "Acme", ReportCategory.Workload);

        Assert.True((await reports.MineAsync("worker-1", first))!.Held);
    }

    [Fact]
    public async Task Two_spellings_of_one_employer_match_through_the_rep_directory()
    {
        await using var host = new BotHostFactory(folder.Path);
        await host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
            [new Rep("Priya Shah", ["Acme|Acme Widgets|AW", "Globex"]) { SlackUserId = "U0REP" }], default);
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1", "Acme Widgets Ltd");
        var second = await reports.AddAsync("worker-2", "aw");
        var third = await reports.AddAsync("worker-3", "ACME plc");

        var released = new[] { (await reports.CaseAsync(first))!, (await reports.CaseAsync(second))!, (await reports.CaseAsync(third))! };
        Assert.Single(released.Select(r => r.EmployerKey).Distinct());
        Assert.Equal("Priya Shah", (await host.Services.GetRequiredService<IRepDirectory>().FindForEmployerAsync("AW", default))!.Name);
    }

    [Fact]
    public async Task Without_an_alias_two_spellings_stay_apart()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1", "Acme Widgets");
        await reports.AddAsync("worker-2", "AW");
        await reports.AddAsync("worker-3", "Acme");

        Assert.True((await reports.MineAsync("worker-1", first))!.Held);
    }

    [Fact]
    public async Task Adding_an_alias_moves_earlier_reports_and_releases_a_group_it_completes()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);
        var first = await reports.AddAsync("worker-1", "AW");
        var second = await reports.AddAsync("worker-2", "AW Ltd");
        var third = await reports.AddAsync("worker-3", "Acme");
        var apart = (await reports.MineAsync("worker-1", first))!.EmployerKey != (await reports.MineAsync("worker-3", third))!.EmployerKey;

        await host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
            [new Rep("Priya Shah", ["Acme|Acme Widgets|AW"]) { SlackUserId = "U0REP" }], default);

        Assert.True(apart);
        var released = new[] { (await reports.CaseAsync(first))!, (await reports.CaseAsync(second))!, (await reports.CaseAsync(third))! };
        Assert.Single(released.Select(r => r.EmployerKey).Distinct());
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 800);
        var names = await host.Services.GetRequiredService<BotHost.Core.Digests.IDigestSource>().EmployerNamesAsync([released[0].EmployerKey], default);
        Assert.Equal("Acme", names[released[0].EmployerKey]);
    }

    [Fact]
    public async Task A_withdrawal_below_the_threshold_prevents_the_release()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1");
        var second = await reports.AddAsync("worker-2");
        Assert.True(await reports.Store.WithdrawAsync("worker-2", second, default));
        var third = await reports.AddAsync("worker-3");

        Assert.True((await reports.MineAsync("worker-1", first))!.Held);
        Assert.True((await reports.MineAsync("worker-3", third))!.Held);
        Assert.Null(await reports.MineAsync("worker-2", second));
    }

    [Fact]
    public async Task A_report_that_arrives_after_its_group_was_released_is_released_at_once()
    {
        await using var host = new BotHostFactory(folder.Path);
        var reports = new TogetherReports(host);
        await reports.AddAsync("worker-1");
        await reports.AddAsync("worker-2");
        await reports.AddAsync("worker-3");

        var late = await reports.AddAsync("worker-4");

        Assert.NotNull(await reports.CaseAsync(late));
    }

    [Fact]
    public async Task A_threshold_below_two_is_raised_to_two_with_a_warning()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Together:Threshold"] = "1" });
        var reports = new TogetherReports(host);

        var first = await reports.AddAsync("worker-1");
        var heldAlone = (await reports.MineAsync("worker-1", first))!.Held;
        await reports.AddAsync("worker-2");

        Assert.True(heldAlone);
        Assert.NotNull(await reports.CaseAsync(first));
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 803);
    }

    public void Dispose() => folder.Dispose();
}
