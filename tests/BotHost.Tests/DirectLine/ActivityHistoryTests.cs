using BotHost.DirectLine;
using BotHost.DirectLine.History;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.DirectLine;

public sealed class ActivityHistoryTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Reading_after_a_watermark_gives_only_what_came_later()
    {
        var history = History();
        await history.AppendAsync("c1", Say("one"), default);
        var first = await history.ReadAsync("c1", null, default);
        await history.AppendAsync("c1", Say("two"), default);

        var later = await history.ReadAsync("c1", first.Watermark, default);

        Assert.Equal(["one"], first.Activities.Select(a => a.Text));
        Assert.Equal(["two"], later.Activities.Select(a => a.Text));
        Assert.NotEqual(first.Watermark, later.Watermark);
    }

    [Fact]
    public async Task A_conversation_keeps_its_newest_activities_up_to_the_limit()
    {
        var history = History(perConversation: 3);
        foreach (var n in Enumerable.Range(1, 5))
        {
            await history.AppendAsync("c1", Say(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), default);
        }

        var kept = await history.ReadAsync("c1", null, default);

        Assert.Equal(["3", "4", "5"], kept.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Old_activities_are_dropped_and_an_empty_conversation_is_forgotten()
    {
        var history = History(minutes: 60);
        await history.AppendAsync("c1", Say("old"), default);
        time.Advance(TimeSpan.FromMinutes(45));
        await history.AppendAsync("c2", Say("newer"), default);
        time.Advance(TimeSpan.FromMinutes(20));

        var c1 = await history.ReadAsync("c1", null, default);
        time.Advance(TimeSpan.FromMinutes(61));
        await history.AppendAsync("c3", Say("sweeps"), default);

        Assert.Empty(c1.Activities);
        Assert.Equal(1, history.ConversationCount);
    }

    [Fact]
    public async Task Ids_never_repeat_once_a_conversation_is_begun_afresh_and_its_old_watermark_reads_everything()
    {
        var history = History(minutes: 1);
        var before = await history.AppendAsync("c1", Say("before"), default);
        var watermark = (await history.ReadAsync("c1", null, default)).Watermark;
        time.Advance(TimeSpan.FromMinutes(3));
        await history.AppendAsync("c2", Say("sweeps"), default);

        var after = await history.AppendAsync("c1", Say("after"), default);
        var read = await history.ReadAsync("c1", watermark, default);

        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(["after"], read.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task A_waiting_stream_wakes_when_an_activity_arrives()
    {
        var history = History();
        var watermark = (await history.ReadAsync("c1", null, default)).Watermark;
        var waiting = history.WaitAsync("c1", watermark, default);
        Assert.False(waiting.IsCompleted);

        await history.AppendAsync("c1", Say("news"), default);

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(history.WaitAsync("c1", watermark, default).IsCompleted);
    }

    private MemoryActivityHistory History(int perConversation = 100, int minutes = 60) =>
        new(Options.Create(new DirectLineOptions { HistoryPerConversation = perConversation, HistoryMinutes = minutes }), time);

    private static Activity Say(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
