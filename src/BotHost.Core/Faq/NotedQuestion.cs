using BotHost.Core.Conversation;
using BotHost.Core.Storage;

namespace BotHost.Core.Faq;

// One noted question: what was asked (redacted), the entry the bot thought closest, and its confidence.
public sealed record NotedQuestion(string Text, string? ClosestId, double Confidence, DateTimeOffset AskedAt) : ITurnRecord
{
    public Task WriteAsync(IUnitOfWork work) => work.Faq.NoteUnansweredAsync(this);
}
