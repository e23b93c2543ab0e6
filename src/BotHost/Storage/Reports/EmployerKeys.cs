using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage.Reports;

// The keyed hash reports are counted and matched by. The typed name is normalised, then resolved through
// the rep directory's aliases to its canonical name, so "Acme Widgets Ltd" and "AW" land in Acme's group.
// Reports saved before an alias was listed are moved when the rep directory is imported (SqliteRepDirectory).
internal static class EmployerKeys
{
    // The keyed hash of a normalised name: the same everywhere an employer is grouped.
    public static string Of(Keyring keyring, string normalised) => keyring.Pseudonym("employer", normalised);

    public static async Task<(string Key, string? Display)> ResolveAsync(
        SqliteConnection connection, SqliteTransaction transaction, Keyring keyring, string typed)
    {
        var normalised = EmployerName.Normalise(typed);
        var alias = await connection.QuerySingleOrDefaultAsync<Alias>(
            "SELECT canonical AS Canonical, display AS Display FROM employer_aliases WHERE alias = @normalised", new { normalised }, transaction);
        return (Of(keyring, alias?.Canonical ?? normalised), alias?.Display);
    }

    private sealed record Alias(string Canonical, string Display);
}
