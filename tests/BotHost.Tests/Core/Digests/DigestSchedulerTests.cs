using System.Globalization;
using BotHost.Core.Reports;
using BotHost.Core.Turns;
using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Core.Digests;

// The real host on a fake clock, sending scheduled digests to a web chat session.
public sealed class DigestSchedulerTests : IDisposable
{
    private const string Room = "organisers-room";
    private readonly TempFolder folder = new();

    // Monday 15 June 2026, 07:58 in London (summer time, so 06:58 UTC).
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-06-15T06:58:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_digest_is_sent_at_eight_london_time_once_per_occurrence_even_across_a_restart()
    {
        OutboundMessage first;
        await using (var host = Host())
        {
            var seed = new ReportSeeder(host);
            await seed.AddManyAsync(3, "2026-06-10", ReportCategory.Workload);
            var room = new WebChatClient(host, Room);
            Assert.True(await room.QuietForAsync(TimeSpan.FromMilliseconds(300)));

            clock.Advance(TimeSpan.FromMinutes(3));
            first = await room.NextAsync();

            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.True(await room.QuietForAsync(TimeSpan.FromSeconds(1)));
        }

        Assert.StartsWith("**Digest: 8 Jun to 14 Jun 2026**", first.Text);
        Assert.Contains(first.Facts.Single(g => g.Title == "Reports by category").Facts, f => f is { Label: "Workload and hours", Value: "3" });

        await using (var restarted = Host())
        {
            var room = new WebChatClient(restarted, Room);
            Assert.True(await room.QuietForAsync(TimeSpan.FromSeconds(1.5)));

            clock.Advance(TimeSpan.FromDays(7));
            var next = await room.NextAsync();

            Assert.StartsWith("**Digest: 15 Jun to 21 Jun 2026**", next.Text);
            Assert.Equal(2, await RunsAsync(restarted));
        }
    }

    [Fact]
    public async Task A_digest_missed_while_the_host_was_down_is_sent_when_it_starts_soon_after()
    {
        clock.Advance(TimeSpan.FromMinutes(40));

        await using var host = Host();
        var digest = await new WebChatClient(host, Room).NextAsync();

        Assert.StartsWith("**Digest: 8 Jun to 14 Jun 2026**", digest.Text);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_send_one_digest()
    {
        await using var one = Host();
        await using var two = Host();
        var roomOne = new WebChatClient(one, Room);
        var roomTwo = new WebChatClient(two, Room);
        Assert.True(await roomOne.QuietForAsync(TimeSpan.FromMilliseconds(300)));

        clock.Advance(TimeSpan.FromMinutes(3));
        var received = await Task.WhenAll(Received(roomOne), Received(roomTwo));

        Assert.Equal(1, received.Sum());
        Assert.Equal(1, await RunsAsync(one));
    }

    public void Dispose() => folder.Dispose();

    private BotHostFactory Host() => new(
        folder.Path,
        new Dictionary<string, string?>
        {
            ["Digest:Schedule"] = "0 8 * * MON",
            ["Digest:Destinations:0"] = $"webchat:local:{Room}",
        },
        clock);

    private static async Task<int> Received(WebChatClient room) => await room.QuietForAsync(TimeSpan.FromSeconds(2)) ? 0 : 1;

    private static async Task<long> RunsAsync(BotHostFactory host)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM digest_runs");
    }
}
