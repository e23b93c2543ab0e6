namespace BotHost.Core.Faq;

// Questions the FAQ could not answer with confidence, for the organisers' digest: the text only
// (redacted and sealed at rest), the closest entry and when, to the hour. Never who asked.
public interface IUnansweredStore
{
    Task RecordAsync(NotedQuestion question, CancellationToken cancellationToken);

    // Questions asked in [since, until), oldest first.
    Task<IReadOnlyList<NotedQuestion>> ListAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    Task<int> CountAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

// One noted question: what was asked (redacted), the entry the bot thought closest, and its confidence.
public sealed record NotedQuestion(string Text, string? ClosestId, double Confidence, DateTimeOffset AskedAt);
