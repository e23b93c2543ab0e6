namespace BotHost.Core.Digests;

// Registered with TryAdd: a host with an FAQ store registers its own IFaqDigestSource first.
public sealed class NoFaqDigestSource : IFaqDigestSource
{
    public Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>([]);

    public Task<IReadOnlyList<FaqFeedback>> FeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FaqFeedback>>([]);
}
