using BotHost.Core.Storage;
using BotHost.Core.Turns;

namespace BotHost.Core.Pipeline;

// Stores what a batch of turns did, in one unit of work: dialog changes, replies in order, each turn's
// records, and every turn's mark (done, retry, parked, back in the queue). All or nothing: after a crash
// the whole batch runs again, and its effects land once.
public static class TurnCommit
{
    // False when the batch's lease ran out and its turns were claimed again: nothing is stored, and the
    // claim that has them now answers them (a turn is never answered twice).
    public static async Task<bool> CommitAsync(IStorage storage, IReadOnlyList<TurnResult> results, BatchDialogs dialogs, CancellationToken cancellationToken)
    {
        await using var work = await storage.BeginAsync(cancellationToken);
        if (!await work.Turns.HoldAsync([.. results.Select(r => r.Item)]))
        {
            return false;
        }

        foreach (var (key, update) in dialogs.Changes)
        {
            await work.Turns.SaveDialogAsync(key, update);
        }

        var done = results.OfType<TurnResult.Done>().ToList();
        await work.EnqueueAsync([.. results.SelectMany(Replies)]);
        foreach (var record in done.SelectMany(d => d.Outcome.Records))
        {
            await record.WriteAsync(work);
        }

        await work.Turns.CompleteAsync([.. done.Select(d => d.Item.Id)]);
        await work.Turns.ReleaseAsync([.. results.OfType<TurnResult.NotRun>().Select(r => r.Item.Id)]);
        foreach (var retry in results.OfType<TurnResult.Retry>())
        {
            await work.Turns.RetryAsync(retry.Item.Id, retry.At);
        }

        foreach (var parked in results.OfType<TurnResult.Parked>())
        {
            await work.Turns.ParkAsync(parked.Item.Id);
        }

        await work.CommitAsync(cancellationToken);
        return true;
    }

    private static IEnumerable<Delivery> Replies(TurnResult result) => result switch
    {
        TurnResult.Done done => done.Outcome.Deliveries,
        TurnResult.Parked parked => [parked.Apology],
        _ => [],
    };
}
