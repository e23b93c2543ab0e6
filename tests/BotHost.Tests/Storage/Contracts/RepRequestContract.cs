using BotHost.Core.Reps;

namespace BotHost.Tests.Storage.Contracts;

// A worker's request for a rep is stored sealed, listed while open, and closed once.
public abstract class RepRequestContract<TBackend> : StoreContract<TBackend>
    where TBackend : Backend, new()
{
    [SkippableFact]
    public async Task A_request_is_listed_while_open_and_closed_once()
    {
        var requests = await ServiceAsync<IRepRequestStore>();
        var id = await requests.AddAsync("user-key", new RepRequest("Acme", "monitoring") { Handle = "@sam" }, DateTimeOffset.Parse("2026-12-07T10:00:00Z"), default);

        var open = Assert.Single(await requests.ListOpenAsync(default));
        Assert.Equal(id, open.Id);
        Assert.Equal(new DateOnly(2026, 12, 7), open.CreatedOn);
        Assert.Equal(("Acme", "monitoring", "@sam"), (open.Request.Employer, open.Request.Topic, open.Request.Handle));
        Assert.Equal(1, await requests.CountOpenAsync(default));

        Assert.True(await requests.CloseAsync(id, default));
        Assert.False(await requests.CloseAsync(id, default));
        Assert.Empty(await requests.ListOpenAsync(default));
    }
}

public sealed class SqliteRepRequestContract : RepRequestContract<SqliteBackend>;

public sealed class PostgresRepRequestContract : RepRequestContract<PostgresBackend>;
