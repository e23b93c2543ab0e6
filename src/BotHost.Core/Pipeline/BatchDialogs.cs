using System.Collections.Concurrent;
using BotHost.Core.Conversation;

namespace BotHost.Core.Pipeline;

// Dialog state as a batch sees it: what earlier turns of the batch changed, else what is stored. The
// changes are written once, at the batch's commit, in the order they were made.
public sealed class BatchDialogs(IDialogStore stored) : IDialogStore
{
    private readonly ConcurrentDictionary<DialogKey, (long Order, DialogUpdate Update)> changed = new();
    private long order;

    public IEnumerable<(DialogKey Key, DialogUpdate Update)> Changes =>
        changed.OrderBy(c => c.Value.Order).Select(c => (c.Key, c.Value.Update));

    public Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        changed.TryGetValue(key, out var change)
            ? Task.FromResult(change.Update.State is { } state && state.ExpiresAt > now ? state : null)
            : stored.GetAsync(key, now, cancellationToken);

    public void Record(DialogKey key, DialogUpdate update)
    {
        if (update.Changes)
        {
            changed[key] = (Interlocked.Increment(ref order), update);
        }
    }
}
