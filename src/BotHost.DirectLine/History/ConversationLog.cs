using System.Globalization;
using BotHost.Core.SafeChannel;
using BotHost.DirectLine.Wire;
using BotHost.Teams.Schema;

namespace BotHost.DirectLine.History;

// One conversation's activities, numbered from 0. The watermark is "epoch.number", with a new random epoch
// each time the log is made (after a restart, or once a conversation was forgotten): a watermark from an
// earlier log gets everything kept, and activity ids never repeat (Web Chat drops an id it has seen).
public sealed class ConversationLog(int maxKept, TimeSpan maxAge, TimeProvider time)
{
    private readonly string epoch = RandomToken.New(3);
    private readonly Lock gate = new();
    private readonly Queue<(long Number, DateTimeOffset At, Activity Activity)> kept = new();
    private long next;
    private TaskCompletionSource added = NewSignal();

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public Activity Append(string conversationId, Activity activity)
    {
        TaskCompletionSource wake;
        Activity stored;
        lock (gate)
        {
            var number = next++;
            stored = activity with { Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{epoch}.{number:D7}") };
            kept.Enqueue((number, time.GetUtcNow(), stored));
            Trim();
            LastUsed = time.GetUtcNow();
            wake = added;
            added = NewSignal();
        }

        wake.TrySetResult();
        return stored;
    }

    public ActivitySet Read(string? watermark)
    {
        var after = After(watermark);
        lock (gate)
        {
            Trim();
            LastUsed = time.GetUtcNow();
            var activities = kept.Where(e => e.Number > after).Select(e => e.Activity).ToList();
            return new ActivitySet(activities, next == 0 ? watermark : Watermark(next - 1));
        }
    }

    public Task WaitAsync(string? watermark, CancellationToken cancellationToken)
    {
        var after = After(watermark);
        lock (gate)
        {
            return next - 1 > after ? Task.CompletedTask : added.Task.WaitAsync(cancellationToken);
        }
    }

    public bool IsEmptySince(DateTimeOffset cutoff)
    {
        lock (gate)
        {
            Trim();
            return kept.Count == 0 && LastUsed < cutoff;
        }
    }

    // -1 (before everything) unless the watermark is this process's and names a number.
    private long After(string? watermark)
    {
        if (watermark is null || watermark.Split('.') is not [var from, var number] || from != epoch
            || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return -1;
        }

        lock (gate)
        {
            return n < next ? n : -1;
        }
    }

    private string Watermark(long number) => string.Create(CultureInfo.InvariantCulture, $"{epoch}.{number}");

    private void Trim()
    {
        var cutoff = time.GetUtcNow() - maxAge;
        while (kept.Count > maxKept || (kept.Count > 0 && kept.Peek().At < cutoff))
        {
            kept.Dequeue();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
