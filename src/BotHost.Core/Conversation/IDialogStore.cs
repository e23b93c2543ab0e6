namespace BotHost.Core.Conversation;

// Reads dialog state. Changes are written in a unit of work (ITurnWrites.SaveDialogAsync), with the turn.
public interface IDialogStore
{
    // The live dialog for this key, or null when there is none or it has expired.
    Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken);
}
