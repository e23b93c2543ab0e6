using BotHost.Core.Conversation;
using BotHost.Core.Turns;

namespace BotHost.Core.Storage;

// The inbox and dialog side of a unit of work.
public interface ITurnWrites
{
    // Locks the claimed turns until the commit. False when any of them is no longer this claim's: its lease
    // ran out and another lane or host claimed it again (or finished it), so nothing of this batch may be stored.
    Task<bool> HoldAsync(IReadOnlyCollection<InboxItem> claimed);

    Task SaveDialogAsync(DialogKey key, DialogUpdate update);

    // Handled: the body is dropped, the ids stay for the dedupe window.
    Task CompleteAsync(IReadOnlyCollection<long> inboxIds);

    // Failed this time: tried again from retryAt (later turns of its conversation wait behind it).
    Task RetryAsync(long inboxId, DateTimeOffset retryAt);

    // Claimed but not run (a turn before it in the same batch failed): back in the queue, attempt not counted.
    Task ReleaseAsync(IReadOnlyCollection<long> inboxIds);

    // Failed too often: set aside, still sealed, for an operator to look at; later turns move on.
    Task ParkAsync(long inboxId);
}
