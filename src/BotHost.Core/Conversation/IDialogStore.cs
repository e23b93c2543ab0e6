namespace BotHost.Core.Conversation;

public interface IDialogStore
{
    // The live dialog for this key, or null when there is none or it has expired.
    Task<DialogState?> GetAsync(DialogKey key, DateTimeOffset now, CancellationToken cancellationToken);

    Task SaveAsync(DialogKey key, DialogUpdate update, CancellationToken cancellationToken);
}
