using BotHost.Core.Digests;
using BotHost.Core.Together;
using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Core.Together;

public sealed class TogetherExpiryTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_report_still_waiting_after_MaxWaitDays_becomes_count_only_when_its_author_chose_that()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        await using var host = new BotHostFactory(folder.Path, time: clock);
        var reports = new TogetherReports(host);
        var code = await reports.AddAsync("worker-1", expiry: WaitExpiry.Count);

        clock.Advance(TimeSpan.FromDays(179));
        await SweepAsync(host);
        var stillWaiting = (await reports.MineAsync("worker-1", code))!;
        clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync(host);
        var expired = (await reports.MineAsync("worker-1", code))!;

        Assert.True(stillWaiting.Held);
        Assert.False(expired.Held);
        Assert.Equal(ReportDelivery.Count, expired.Delivery);
        Assert.Null(await reports.CaseAsync(code));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counted = await host.Services.GetRequiredService<IDigestSource>().CountAsync(new DayRange(today, today), default);
        Assert.Equal(1, Assert.Single(counted).Count);
    }

    [Fact]
    public async Task A_report_still_waiting_after_MaxWaitDays_is_deleted_when_its_author_chose_that()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Together:MaxWaitDays"] = "30" }, clock);
        var reports = new TogetherReports(host);
        var code = await reports.AddAsync("worker-1", expiry: WaitExpiry.Delete);
        var other = await reports.AddAsync("worker-2", expiry: WaitExpiry.Delete, on: TogetherReports.Today.AddDays(10));

        clock.Advance(TimeSpan.FromDays(30));
        await SweepAsync(host);

        Assert.Null(await reports.MineAsync("worker-1", code));
        Assert.True((await reports.MineAsync("worker-2", other))!.Held);
    }

    private static Task<int> SweepAsync(BotHostFactory host) => host.Services.GetRequiredService<RetentionSweeper>().SweepAsync(default);

    public void Dispose() => folder.Dispose();
}
