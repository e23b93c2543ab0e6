using BotHost.Core.Privacy;

namespace BotHost.Core.Reports;

// The keyed hash reports are counted and matched by. The typed name is normalised, then resolved through
// the rep directory's aliases to its canonical name, so "Acme Widgets Ltd" and "AW" land in Acme's group.
// Reports saved before an alias was listed are moved when the rep directory is imported.
public static class EmployerKeys
{
    // The keyed hash of a normalised name: the same everywhere an employer is grouped.
    public static string Of(Keyring keyring, string normalised) => keyring.Pseudonym("employer", normalised);

    public static async Task<(string Key, string? Display)> ResolveAsync(IReportWrites reports, Keyring keyring, string typed)
    {
        var normalised = EmployerName.Normalise(typed);
        var alias = await reports.AliasAsync(normalised);
        return (Of(keyring, alias?.Canonical ?? normalised), alias?.Display);
    }
}
