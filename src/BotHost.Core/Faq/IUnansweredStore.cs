namespace BotHost.Core.Faq;

// Questions the FAQ could not answer with confidence (noted by IFaqWrites), for the organisers' digest:
// the text only (redacted and sealed at rest), the closest entry and when, to the hour. Never who asked.
public interface IUnansweredStore
{
    // Questions asked in [since, until), oldest first.
    Task<IReadOnlyList<NotedQuestion>> ListAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    Task<int> CountAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
