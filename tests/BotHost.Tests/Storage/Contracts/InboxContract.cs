using BotHost.Core.Storage;
using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Storage.Contracts;

public abstract class InboxContract<TBackend> : StoreContract<TBackend>
    where TBackend : Backend, new()
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [SkippableFact]
    public async Task A_platform_retry_of_an_accepted_turn_is_a_no_op()
    {
        var inbox = await ServiceAsync<IInbox>();

        var first = await inbox.AcceptAsync(Turns.Text("hello", platformId: "Ev1"), default);
        var again = await inbox.AcceptAsync(Turns.Text("hello", platformId: "Ev1"), default);
        var racing = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => inbox.AcceptAsync(Turns.Text("hi", platformId: "Ev2"), default)));

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(1, racing.Count(accepted => accepted));
        Assert.Equal(2, (await inbox.DepthAsync(TimeProvider.System.GetUtcNow(), default)).Waiting);
    }

    [SkippableFact]
    public async Task Claims_take_conversations_oldest_first_and_a_bounded_share_of_each()
    {
        var inbox = await ServiceAsync<IInbox>();
        for (var i = 1; i <= 6; i++)
        {
            await inbox.AcceptAsync(Turns.Text($"a{i}", conversation: "A"), default);
        }

        await inbox.AcceptAsync(Turns.Text("b1", conversation: "B"), default);

        var batch = await inbox.ClaimAsync(new QueueClaim(Size: 10, PerConversation: 3, Lease), default);
        var whileLeased = await inbox.ClaimAsync(new QueueClaim(10, 3, Lease), default);

        Assert.Equal(["a1", "a2", "a3", "b1"], batch.Select(i => i.Turn.Text));
        Assert.Empty(whileLeased); // A is in flight, B has nothing else
    }

    [SkippableFact]
    public async Task A_batch_is_filled_breadth_first_so_a_new_conversation_is_not_starved()
    {
        var inbox = await ServiceAsync<IInbox>();
        for (var i = 1; i <= 20; i++)
        {
            await inbox.AcceptAsync(Turns.Text($"burst{i}", conversation: "Burst"), default);
        }

        await inbox.AcceptAsync(Turns.Text("new", conversation: "New"), default);

        var batch = await inbox.ClaimAsync(new QueueClaim(Size: 3, PerConversation: 4, Lease), default);

        Assert.Equal(["burst1", "burst2", "new"], batch.Select(i => i.Turn.Text));
    }

    // A claim whose lease ran out while it worked (a slow or paused host) may not store anything once
    // another claim has the turn: only one of them answers it.
    [SkippableFact]
    public async Task A_claim_whose_lease_ran_out_and_was_taken_again_cannot_commit()
    {
        var inbox = await ServiceAsync<IInbox>();
        var storage = await ServiceAsync<IStorage>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);
        var stale = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, TimeSpan.FromMilliseconds(-1)), default));
        var current = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, Lease), default));

        await using (var late = await storage.BeginAsync(default))
        {
            Assert.False(await late.Turns.HoldAsync([stale]));
        }

        await using (var work = await storage.BeginAsync(default))
        {
            Assert.True(await work.Turns.HoldAsync([current]));
            await work.Turns.CompleteAsync([current.Id]);
            await work.CommitAsync(default);
        }

        await using (var after = await storage.BeginAsync(default))
        {
            Assert.False(await after.Turns.HoldAsync([current])); // done: no claim holds it any more
        }

        Assert.Equal(0, (await inbox.DepthAsync(TimeProvider.System.GetUtcNow(), default)).Waiting);
    }

    [SkippableFact]
    public async Task Done_turns_leave_the_queue_and_the_next_of_their_conversation_becomes_claimable()
    {
        var inbox = await ServiceAsync<IInbox>();
        var storage = await ServiceAsync<IStorage>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);
        await inbox.AcceptAsync(Turns.Text("a2", conversation: "A"), default);
        var first = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, Lease), default));

        await using (var work = await storage.BeginAsync(default))
        {
            await work.Turns.CompleteAsync([first.Id]);
            await work.CommitAsync(default);
        }

        var next = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, Lease), default));
        Assert.Equal("a2", next.Turn.Text);
        Assert.Equal(1, (await inbox.DepthAsync(TimeProvider.System.GetUtcNow(), default)).Waiting);
    }

    [SkippableFact]
    public async Task A_unit_of_work_that_is_not_committed_changes_nothing()
    {
        var inbox = await ServiceAsync<IInbox>();
        var storage = await ServiceAsync<IStorage>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);
        var claimed = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, TimeSpan.Zero), default));

        await using (var work = await storage.BeginAsync(default))
        {
            await work.Turns.CompleteAsync([claimed.Id]);
        }

        var again = Assert.Single(await inbox.ClaimAsync(new QueueClaim(10, 1, Lease), default));
        Assert.Equal(claimed.Id, again.Id);
        Assert.Equal(2, again.Attempts);
    }

    [SkippableFact]
    public async Task A_retried_turn_holds_its_conversation_back_and_a_parked_one_lets_it_go()
    {
        var inbox = await ServiceAsync<IInbox>();
        var storage = await ServiceAsync<IStorage>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);
        await inbox.AcceptAsync(Turns.Text("a2", conversation: "A"), default);
        await inbox.AcceptAsync(Turns.Text("b1", conversation: "B"), default);
        var batch = await inbox.ClaimAsync(new QueueClaim(10, 2, Lease), default);
        var a1 = batch.Single(i => i.Turn.Text == "a1");
        var a2 = batch.Single(i => i.Turn.Text == "a2");

        await CommitAsync(storage, async work =>
        {
            await work.Turns.RetryAsync(a1.Id, TimeProvider.System.GetUtcNow().AddHours(1));
            await work.Turns.ReleaseAsync([a2.Id]);
            await work.Turns.CompleteAsync([batch.Single(i => i.Turn.Text == "b1").Id]);
        });
        var whileWaiting = await inbox.ClaimAsync(new QueueClaim(10, 2, Lease), default);
        await CommitAsync(storage, work => work.Turns.ParkAsync(a1.Id));
        var afterParking = await inbox.ClaimAsync(new QueueClaim(10, 2, Lease), default);

        Assert.Empty(whileWaiting);
        var next = Assert.Single(afterParking);
        Assert.Equal("a2", next.Turn.Text);
        Assert.Equal(1, next.Attempts); // released, not counted as tried
        Assert.Equal(1, (await inbox.DepthAsync(TimeProvider.System.GetUtcNow(), default)).Parked);
    }

    [SkippableFact]
    public async Task Depth_reports_how_long_the_oldest_turn_has_waited()
    {
        var inbox = await ServiceAsync<IInbox>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);

        var depth = await inbox.DepthAsync(TimeProvider.System.GetUtcNow().AddMinutes(5), default);

        Assert.Equal(1, depth.Waiting);
        Assert.InRange(depth.OldestWait, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
    }

    private static async Task CommitAsync(IStorage storage, Func<IUnitOfWork, Task> write)
    {
        await using var work = await storage.BeginAsync(default);
        await write(work);
        await work.CommitAsync(default);
    }
}

public sealed class SqliteInboxContract : InboxContract<SqliteBackend>;

public sealed class PostgresInboxContract : InboxContract<PostgresBackend>;
