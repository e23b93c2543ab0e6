using System.Collections.Concurrent;
using System.Threading.Channels;
using BotHost.Core.Turns;

namespace BotHost.WebChat;

// Replies waiting for a browser, per session, in memory. A page that is not listening picks them up when
// it reconnects; sessions idle for an hour are dropped with anything unread.
public sealed class WebChatHub(TimeProvider time)
{
    private const int MaxQueued = 100;
    private static readonly TimeSpan IdleLimit = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Session> sessions = new(StringComparer.Ordinal);

    public void Post(string sessionId, OutboundMessage message)
    {
        Evict();
        Get(sessionId).Queue.Writer.TryWrite(message);
    }

    public IAsyncEnumerable<OutboundMessage> ReadAllAsync(string sessionId, CancellationToken cancellationToken) =>
        Get(sessionId).Queue.Reader.ReadAllAsync(cancellationToken);

    private Session Get(string sessionId)
    {
        var session = sessions.GetOrAdd(sessionId, _ => new Session());
        session.LastUsed = time.GetUtcNow();
        return session;
    }

    private void Evict()
    {
        var cutoff = time.GetUtcNow() - IdleLimit;
        foreach (var (id, session) in sessions)
        {
            if (session.LastUsed < cutoff)
            {
                sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed class Session
    {
        public Channel<OutboundMessage> Queue { get; } = Channel.CreateBounded<OutboundMessage>(
            new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropOldest });

        public DateTimeOffset LastUsed { get; set; }
    }
}
