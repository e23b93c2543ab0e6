using System.Collections.Concurrent;
using BotHost.DirectLine.Wire;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine.History;

// Activities in this process's memory only, never on disk: bounded per conversation by count and age, and a
// conversation with nothing left is forgotten. Lost on restart (tokens and dialog state are not).
public sealed class MemoryActivityHistory(IOptions<DirectLineOptions> options, TimeProvider time) : IActivityHistory
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, ConversationLog> conversations = new(StringComparer.Ordinal);
    private long lastSweepTicks;

    public int ConversationCount => conversations.Count;

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Get(conversationId).Append(conversationId, activity));

    public Task<ActivitySet> ReadAsync(string conversationId, string? watermark, CancellationToken cancellationToken) =>
        Task.FromResult(conversations.TryGetValue(conversationId, out var log) ? log.Read(watermark) : new ActivitySet([], watermark));

    public Task WaitAsync(string conversationId, string? watermark, CancellationToken cancellationToken) =>
        Get(conversationId).WaitAsync(watermark, cancellationToken);

    private ConversationLog Get(string conversationId)
    {
        Sweep();
        var settings = options.Value;
        return conversations.GetOrAdd(conversationId, _ => new ConversationLog(settings.HistoryPerConversation, TimeSpan.FromMinutes(settings.HistoryMinutes), time));
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        var cutoff = now - TimeSpan.FromMinutes(options.Value.HistoryMinutes);
        foreach (var (id, log) in conversations)
        {
            if (log.IsEmptySince(cutoff))
            {
                conversations.TryRemove(id, out _);
            }
        }
    }
}
