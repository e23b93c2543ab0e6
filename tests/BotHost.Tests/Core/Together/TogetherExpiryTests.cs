using BotHost.Core.Digests;
using BotHost.Core.Reports;
using BotHost.Core.SafeChannel;
using BotHost.Core.Together;
using BotHost.Storage;
using BotHost.Tests.Fakes;
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

        // Older than MaxWaitDays, counted in whole days: on day 180 it still waits, never a day early.
        clock.Advance(TimeSpan.FromDays(180));
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

        clock.Advance(TimeSpan.FromDays(31));
        await SweepAsync(host);

        Assert.Null(await reports.MineAsync("worker-1", code));
        Assert.True((await reports.MineAsync("worker-2", other))!.Held);
    }

    [Fact]
    public async Task An_author_who_allowed_contact_in_the_chat_is_told_when_the_wait_ends()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:MaxWaitDays"] = "30" }, clock);
        var reports = new TogetherReports(host);
        var told = await reports.AddAsync("UA", expiry: WaitExpiry.Delete, contact: ContactMethod.Chat);
        await reports.AddAsync("UB", expiry: WaitExpiry.Count);

        clock.Advance(TimeSpan.FromDays(31));
        await SweepAsync(host);
        var message = await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == "D-UA");

        Assert.Contains($"Your report {told} waited 30 days", message.Body, StringComparison.Ordinal);
        Assert.Contains("it has been deleted", message.Body, StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 802).StructuredState!.Single(s => s.Key == "Messages").Value);
    }

    [Fact]
    public async Task An_author_in_a_workspace_now_run_by_the_employer_is_not_told()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:MaxWaitDays"] = "30" }, clock);
        var reports = new TogetherReports(host);
        await reports.AddAsync("UA", expiry: WaitExpiry.Delete, contact: ContactMethod.Chat);
        await host.Services.GetRequiredService<IWorkspaceTrust>().SetAsync("T0001", WorkspaceTrust.Employer, clock.GetUtcNow(), default);

        clock.Advance(TimeSpan.FromDays(31));
        await SweepAsync(host);

        Assert.Equal("0", Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 802).StructuredState!.Single(s => s.Key == "Messages").Value);
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 805);
        Assert.DoesNotContain(fake.CallsTo("chat.postMessage"), c => c.Field("channel") == "D-UA");
    }

    [Fact]
    public async Task A_group_that_meets_a_lowered_threshold_is_released_by_the_next_sweep_and_its_authors_told()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        string first, second;
        await using (var before = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Together:Threshold"] = "3" }, clock))
        {
            var reports = new TogetherReports(before);
            first = await reports.AddAsync("UA", contact: ContactMethod.Chat);
            second = await reports.AddAsync("UB");
            await SweepAsync(before);
            Assert.True((await reports.MineAsync("UA", first))!.Held);
        }

        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:Threshold"] = "2" }, clock);
        var after = new TogetherReports(host);
        await SweepAsync(host);
        var message = await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == "D-UA");

        Assert.NotNull(await after.CaseAsync(first));
        Assert.NotNull(await after.CaseAsync(second));
        Assert.Contains("1 colleague raised this too", message.Body, StringComparison.Ordinal);
        Assert.Contains($"(ref {first})", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_whose_wait_has_ended_is_expired_as_chosen_not_released_with_a_group_at_a_lowered_threshold()
    {
        var clock = new FakeTimeProvider(TogetherReports.Today);
        var settings = new Dictionary<string, string?> { ["Together:Threshold"] = "4", ["Together:MaxWaitDays"] = "30" };
        string old, second, third;
        await using (var before = new BotHostFactory(folder.Path, settings, clock))
        {
            var reports = new TogetherReports(before);
            old = await reports.AddAsync("UA", expiry: WaitExpiry.Delete);
            second = await reports.AddAsync("UB", on: TogetherReports.Today.AddDays(20));
            third = await reports.AddAsync("UC", on: TogetherReports.Today.AddDays(25));
        }

        clock.Advance(TimeSpan.FromDays(31));
        settings["Together:Threshold"] = "2";
        await using var host = new BotHostFactory(folder.Path, settings, clock);
        var after = new TogetherReports(host);
        await SweepAsync(host);

        Assert.Null(await after.MineAsync("UA", old));
        Assert.NotNull(await after.CaseAsync(second));
        Assert.NotNull(await after.CaseAsync(third));
    }

    private static Task<int> SweepAsync(BotHostFactory host) => host.Services.GetRequiredService<RetentionSweeper>().SweepAsync(default);

    public void Dispose() => folder.Dispose();
}
