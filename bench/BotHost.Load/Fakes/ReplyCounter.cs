using System.Collections.Concurrent;
using System.Diagnostics;

namespace BotHost.Load.Fakes;

// Counts the replies a fake platform received, per conversation, and when the last one arrived: the
// benchmark's "delivered" is what reached here, not what the host says it sent.
public sealed class ReplyCounter
{
    private readonly ConcurrentDictionary<string, int> perConversation = new(StringComparer.Ordinal);
    private long total;
    private long lastTicks;

    public long Total => Interlocked.Read(ref total);

    public long LastReplyTimestamp => Interlocked.Read(ref lastTicks);

    public IReadOnlyDictionary<string, int> PerConversation => perConversation;

    public void Count(string conversation)
    {
        perConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        Interlocked.Increment(ref total);
        Interlocked.Exchange(ref lastTicks, Stopwatch.GetTimestamp());
    }

    public void Reset()
    {
        perConversation.Clear();
        Interlocked.Exchange(ref total, 0);
    }
}
