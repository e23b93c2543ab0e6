namespace BotHost.Core.Privacy;

// Any store that keeps something tied to a user registers one of these, so that "what do you keep about
// me?" and "forget me" always cover every table.
public interface IPersonalData
{
    // How one record reads in a sentence: ("unfinished conversation", "unfinished conversations").
    (string One, string Many) Label { get; }

    Task<int> CountAsync(string userKey, CancellationToken cancellationToken);

    Task<int> DeleteAsync(string userKey, CancellationToken cancellationToken);
}
