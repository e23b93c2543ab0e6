namespace BotHost.Core.Digests;

// FAQ questions nobody could answer and feedback on entries, for the digest. The FAQ area provides the
// real one; until then NoFaqDigestSource reports nothing.
public interface IFaqDigestSource
{
    // The most asked unanswered questions in [from, to), most asked first.
    Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);

    // Helpful / not helpful votes per FAQ entry in [from, to).
    Task<IReadOnlyList<FaqFeedback>> FeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
