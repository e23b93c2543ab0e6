namespace BotHost.Core.Faq;

// The FAQ's side of a unit of work: what organisers later read in the digest.
public interface IFaqWrites
{
    Task NoteUnansweredAsync(NotedQuestion question);

    Task RecordFeedbackAsync(FaqVote vote);
}
