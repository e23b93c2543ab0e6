using BotHost.Core.Conversation;
using BotHost.Core.Storage;

namespace BotHost.Core.Faq;

// A 👍/👎 on an answer. No user id: organisers see how useful an answer is, not who said so.
public sealed record FaqVote(string EntryId, bool Helpful, DateTimeOffset At) : ITurnRecord
{
    public Task WriteAsync(IUnitOfWork work) => work.Faq.RecordFeedbackAsync(this);
}
