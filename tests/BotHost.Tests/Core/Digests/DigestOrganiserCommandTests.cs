using System.Globalization;
using BotHost.Core.Conversation;
using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Core.Digests;

// `digest 7d` typed by an organiser, through the engine.
public sealed class DigestOrganiserCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-18T10:30:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public async Task An_organiser_gets_the_digest_in_private_with_workers_words_and_the_read_is_audited()
    {
        await using var host = await SeededHostAsync();

        var reply = await SayAsync(host, "digest 7d", isPrivate: true);

        Assert.StartsWith("**Digest: 11 Nov to 17 Nov 2026**", reply.Text);
        Assert.Contains(reply.Facts.Single(g => g.Title == "Reports by category").Facts, f => f is { Label: "Workload and hours", Value: "3" });
        var words = Assert.Single(reply.Facts.Single(g => g.Title == "In workers' own words").Facts);
        Assert.Equal("We are on call every night, ask [email]", words.Value);
        var entry = Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default));
        Assert.Equal(("slack:U-ORG", "read-shared-words"), (entry.Actor, entry.Action));
    }

    [Fact]
    public async Task In_a_shared_channel_the_digest_leaves_workers_words_out_and_opens_none()
    {
        await using var host = await SeededHostAsync();

        var reply = await SayAsync(host, "digest 7d", isPrivate: false);

        Assert.EndsWith("Workers' own words are shown only in a direct message with me.", reply.Text);
        Assert.DoesNotContain(reply.Facts, g => g.Title == "In workers' own words");
        Assert.Contains(reply.Facts, g => g.Title == "Reports by category");
        Assert.Empty(await host.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default));
    }

    [Fact]
    public async Task A_period_it_cannot_read_gets_an_example()
    {
        await using var host = Host();

        var reply = await SayAsync(host, "digest soon", isPrivate: true);

        Assert.Equal("How far back? For example: digest 7d, digest 30d or digest 4w.", reply.Text);
    }

    [Fact]
    public async Task Someone_who_is_not_an_organiser_gets_no_digest()
    {
        await using var host = await SeededHostAsync();

        var reply = await SayAsync(host, "digest 7d", isPrivate: true, user: "U-WORKER");

        Assert.StartsWith("Sorry, that's only for union organisers.", reply.Text);
        Assert.Empty(reply.Facts);
    }

    public void Dispose() => folder.Dispose();

    private BotHostFactory Host() => new(folder.Path, new Dictionary<string, string?> { ["Organisers:Members:0"] = "slack:U-ORG" }, clock);

    private async Task<BotHostFactory> SeededHostAsync()
    {
        var host = Host();
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(2, "2026-11-12", ReportCategory.Workload);
        await seed.AddAsync("2026-11-13", ReportCategory.Workload, description: "We are on call every night, ask hr@acme.example", share: true);
        return host;
    }

    private static async Task<OutboundMessage> SayAsync(BotHostFactory host, string text, bool isPrivate, string user = "U-ORG")
    {
        var turn = Turns.Text(text, conversation: isPrivate ? "D-" + user : "C-ORGANISERS", user: user, isPrivate: isPrivate, channel: "slack");
        var outcome = await host.Services.GetRequiredService<Engine>().HandleAsync(turn, default);
        return Assert.Single(outcome.Deliveries).Message;
    }
}
