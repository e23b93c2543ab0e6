namespace BotHost.Core.Reps;

public interface IRepDirectory
{
    // The rep covering this employer; names are compared after EmployerName.Normalise, so case,
    // punctuation and "Ltd"/"plc" do not matter.
    Task<Rep?> FindForEmployerAsync(string employer, CancellationToken cancellationToken);

    // A rep by name (case-insensitive) or by directory id, for "case assign".
    Task<Rep?> FindAsync(string nameOrId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Rep>> ListAsync(CancellationToken cancellationToken);

    // An import replaces the whole directory, so the CSV file is the single source of truth.
    Task ReplaceAllAsync(IReadOnlyList<Rep> reps, CancellationToken cancellationToken);
}
