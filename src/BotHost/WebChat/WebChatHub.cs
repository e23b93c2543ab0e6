using System.Collections.Concurrent;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// Replies for browsers, per session, in memory only (never on disk, never in the browser's storage): a page
// that reloads gets its conversation, receipt included, again. Sessions idle for an hour are dropped with
// everything in them.
public sealed class WebChatHub(TimeProvider time)
{
    private static readonly TimeSpan IdleLimit = TimeSpan.FromHours(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, WebChatSessionLog> sessions = new(StringComparer.Ordinal);
    private long lastSweepTicks;

    public int SessionCount => sessions.Count;

    public void Post(string sessionId, OutboundMessage message, long? id = null) => Get(sessionId).Add(message, id);

    // The next event id this host would show the session, if it has the session at all.
    public long? NextId(string sessionId) => sessions.TryGetValue(sessionId, out var log) ? log.NextId : null;

    public void EndReader(string sessionId)
    {
        if (sessions.TryGetValue(sessionId, out var log))
        {
            log.EndReader();
        }
    }

    // Replies no reader has been given yet, then new ones as they come.
    public IAsyncEnumerable<OutboundMessage> ReadAllAsync(string sessionId, CancellationToken cancellationToken) =>
        Get(sessionId).ReadAsync(null, cancellationToken).Select(e => e.Message);

    // Every kept reply from id `from` on, then new ones; ends when another reader takes the session.
    public IAsyncEnumerable<WebChatEvent> ReplayAsync(string sessionId, long from, CancellationToken cancellationToken) =>
        Get(sessionId).ReadAsync(from, cancellationToken);

    private WebChatSessionLog Get(string sessionId)
    {
        Evict();
        return sessions.GetOrAdd(sessionId, _ => new WebChatSessionLog(time));
    }

    private void Evict()
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        var cutoff = now - IdleLimit;
        foreach (var (id, session) in sessions)
        {
            if (session.IsIdleSince(cutoff))
            {
                sessions.TryRemove(id, out _);
            }
        }
    }
}
