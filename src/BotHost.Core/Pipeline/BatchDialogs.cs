using System.Collections.Concurrent;
using BotHost.Core.Conversation;

namespace BotHost.Core.Pipeline;

// Dialog state as a batch sees it: what earlier turns of the batch changed, else what is stored. The
// changes are written once, at the batch's commit, in the order they were made.
public sealed class BatchDialogs(IDialogStore stored) : IDialogStore
{
    private readonly ConcurrentDictionary<DialogKey, (long Order, DialogUpdate Update)> changed = new();
    private readonly ConcurrentDictionary<DialogKey, DialogState?> read = new();
    private long order;

    // One query for the dialogs the batch's turns will ask for first, instead of one per turn.
    public async Task PrefetchAsync(IReadOnlyCollection<DialogKey> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await stored.GetManyAsync(keys, now, cancellationToken);
        foreach (var key in keys)
        {
            read[key] = found.GetValueOrDefault(key);
        }
    }

    public IEnumerable<(DialogKey Key, DialogUpdate Update)> Changes =>
        changed.OrderBy(c => c.Value.Order).Select(c => (c.Key, c.Value.Update));

    public Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        changed.TryGetValue(key, out var change) ? Task.FromResult(Live(change.Update.State, now))
        : read.TryGetValue(key, out var prefetched) ? Task.FromResult(Live(prefetched, now))
        : stored.GetAsync(key, now, cancellationToken);

    public Task<IReadOnlyDictionary<DialogKey, DialogState>> GetManyAsync(IReadOnlyCollection<DialogKey> keys, DateTimeOffset now, CancellationToken cancellationToken) =>
        stored.GetManyAsync(keys, now, cancellationToken);

    private static DialogState? Live(DialogState? state, DateTimeOffset now) => state is not null && state.ExpiresAt > now ? state : null;

    public void Record(DialogKey key, DialogUpdate update)
    {
        if (update.Changes)
        {
            changed[key] = (Interlocked.Increment(ref order), update);
        }
    }
}
