using BotHost.Core.Storage;

namespace BotHost.Core.Conversation;

// Something a turn stores besides its replies and dialog (a noted question, a 👍). It is written in the
// transaction that marks the turn done, so a turn run twice after a crash records it once.
public interface ITurnRecord
{
    Task WriteAsync(IUnitOfWork work);
}
