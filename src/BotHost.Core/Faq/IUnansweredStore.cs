namespace BotHost.Core.Faq;

// Questions the FAQ could not answer with confidence, for the organisers' digest: the text only
// (redacted and sealed at rest), the closest entry and when, to the hour. Never who asked.
public interface IUnansweredStore
{
    Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    // Questions asked in [since, until), oldest first.
    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    Task<int> CountAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

public sealed record UnansweredQuestion(string Text, string? ClosestId, double Confidence, DateTimeOffset AskedAt);
