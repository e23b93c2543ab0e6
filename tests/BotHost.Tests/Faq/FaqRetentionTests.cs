using BotHost.Core.Storage;
using BotHost.Core.Faq;
using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Faq;

public sealed class FaqRetentionTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Unanswered_questions_are_deleted_after_the_retention_period()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-10T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Faq:RetentionDays"] = "30" }, clock);
        var store = host.Services.GetRequiredService<IUnansweredStore>();
        await using (var work = await host.Services.GetRequiredService<IStorage>().BeginAsync(default))
        {
            await work.Faq.NoteUnansweredAsync(new NotedQuestion("can my boss see my screen", null, 0.2, clock.GetUtcNow()));
            await work.CommitAsync(default);
        }

        var sweeper = host.Services.GetRequiredService<RetentionSweeper>();
        var all = (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        clock.Advance(TimeSpan.FromDays(29));
        await sweeper.SweepAsync(default);
        var kept = await store.CountAsync(all.MinValue, all.MaxValue, default);
        clock.Advance(TimeSpan.FromDays(2));
        await sweeper.SweepAsync(default);

        Assert.Equal(1, kept);
        Assert.Equal(0, await store.CountAsync(all.MinValue, all.MaxValue, default));
    }

    public void Dispose() => folder.Dispose();
}
