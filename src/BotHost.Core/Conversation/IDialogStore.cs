namespace BotHost.Core.Conversation;

// Reads dialog state. Changes are written in a unit of work (ITurnWrites.SaveDialogAsync), with the turn.
public interface IDialogStore
{
    // The live dialog for this key, or null when there is none or it has expired.
    Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken);

    // The live dialogs of many keys at once (a batch of turns); keys with none are left out.
    Task<IReadOnlyDictionary<DialogKey, DialogState>> GetManyAsync(IReadOnlyCollection<DialogKey> keys, DateTimeOffset now, CancellationToken cancellationToken);
}
