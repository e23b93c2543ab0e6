using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Faq;
using BotHost.Core.Privacy;
using BotHost.Storage.Faq;
using Dapper;

namespace BotHost.Storage.Work;

public sealed class SqlFaqWrites(WriteTransaction write, Keyring keyring) : IFaqWrites
{
    public Task NoteUnansweredAsync(NotedQuestion question)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return write.Connection.ExecuteAsync(
            """
            INSERT INTO faq_unanswered (id, body, closest_id, confidence, created_at)
            VALUES (@id, @body, @closestId, @confidence, @createdAt)
            """,
            new
            {
                id,
                body = keyring.Seal(Encoding.UTF8.GetBytes(question.Text), SqlUnansweredStore.Context(id)),
                closestId = question.ClosestId,
                confidence = question.Confidence,
                createdAt = Database.Ms(FaqTime.ToHour(question.AskedAt)),
            },
            write.Transaction);
    }

    public Task RecordFeedbackAsync(FaqVote vote) => write.Connection.ExecuteAsync(
        "INSERT INTO faq_feedback (entry_id, helpful, created_at) VALUES (@EntryId, @helpful, @createdAt)",
        new { vote.EntryId, helpful = vote.Helpful ? 1 : 0, createdAt = Database.Ms(FaqTime.ToHour(vote.At)) },
        write.Transaction);
}
