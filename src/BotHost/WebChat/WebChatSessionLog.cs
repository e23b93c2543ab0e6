using System.Runtime.CompilerServices;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// One session's replies, in memory: the last MaxKept, and one reader at a time. A new reader (a reloaded
// page, whose old connection the server may not have noticed closing yet) replaces the old one.
public sealed class WebChatSessionLog(TimeProvider time)
{
    public const int MaxKept = 100;

    private readonly Lock gate = new();
    private readonly Queue<WebChatEvent> kept = new();
    private long nextId;
    private long unread;
    private TaskCompletionSource added = NewSignal();
    private CancellationTokenSource? reader;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public bool IsIdleSince(DateTimeOffset cutoff)
    {
        lock (gate)
        {
            return reader is null && LastUsed < cutoff;
        }
    }

    // The next id that Add would give (with several hosts, ids come from the database instead).
    public long NextId
    {
        get
        {
            lock (gate)
            {
                return nextId;
            }
        }
    }

    // id: given when several hosts share the session (the database's row id); an id already kept is ignored.
    public void Add(OutboundMessage message, long? id = null)
    {
        TaskCompletionSource wake;
        lock (gate)
        {
            if (id < nextId)
            {
                return;
            }

            var assigned = id ?? nextId;
            nextId = assigned + 1;
            kept.Enqueue(new WebChatEvent(assigned, message));
            if (kept.Count > MaxKept)
            {
                kept.Dequeue();
            }

            LastUsed = time.GetUtcNow();
            wake = added;
            added = NewSignal();
        }

        wake.TrySetResult();
    }

    // Kept replies from id `from` on (or, when null, those no reader has been given), then new ones as they
    // come. Ends quietly when another reader takes over; throws when the caller cancels.
    public async IAsyncEnumerable<WebChatEvent> ReadAsync(long? from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mine = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationTokenSource? previous;
        long next;
        lock (gate)
        {
            (previous, reader) = (reader, mine);
            // An id beyond any given out comes from before a restart (ids start again at 0): all that is kept.
            next = from is { } f && f > nextId ? 0 : from ?? unread;
            LastUsed = time.GetUtcNow();
        }

        Replace(previous);
        try
        {
            while (true)
            {
                WebChatEvent? item;
                Task wait;
                lock (gate)
                {
                    item = kept.FirstOrDefault(e => e.Id >= next);
                    if (item is not null)
                    {
                        next = item.Id + 1;
                        unread = Math.Max(unread, next);
                    }

                    wait = added.Task;
                }

                if (item is not null)
                {
                    yield return item;
                    continue;
                }

                if (!await WaitAsync(wait, mine.Token, cancellationToken))
                {
                    yield break;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                if (reader == mine)
                {
                    reader = null;
                }

                LastUsed = time.GetUtcNow();
            }

            mine.Dispose();
        }
    }

    // False when this reader was replaced.
    private static async Task<bool> WaitAsync(Task wait, CancellationToken mine, CancellationToken caller)
    {
        try
        {
            await wait.WaitAsync(mine);
            return true;
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return false;
        }
    }

    // A reader on another host took the session: this one's stream ends as if replaced here.
    public void EndReader()
    {
        CancellationTokenSource? current;
        lock (gate)
        {
            current = reader;
        }

        Replace(current);
    }

    private static void Replace(CancellationTokenSource? previous)
    {
        try
        {
            previous?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That reader had just finished.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
