using BotHost.Core.Turns;

namespace BotHost.Core.Reps;

// A worker's request to talk to a rep when no rep is listed for their employer. Sealed at rest.
public sealed record RepRequest(string Employer, string Topic)
{
    public string? Handle { get; init; }
    public string? ContactDetail { get; init; }
    public ChannelAddress? Address { get; init; }
}

public sealed record QueuedRepRequest(long Id, DateOnly CreatedOn, RepRequest Request);

public interface IRepRequestStore
{
    Task<long> AddAsync(string userKey, RepRequest request, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<QueuedRepRequest>> ListOpenAsync(CancellationToken cancellationToken);

    Task<int> CountOpenAsync(CancellationToken cancellationToken);

    Task<bool> CloseAsync(long id, CancellationToken cancellationToken);
}
