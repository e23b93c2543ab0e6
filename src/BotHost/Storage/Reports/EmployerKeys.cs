using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage.Reports;

// The keyed hash reports are counted and matched by. The typed name is normalised, then resolved through
// the rep directory's aliases to its canonical name, so "Acme Widgets Ltd" and "AW" land in Acme's group.
// A report keeps the key it was saved with: adding an alias later does not move older reports.
internal static class EmployerKeys
{
    public static async Task<(string Key, string? Display)> ResolveAsync(
        SqliteConnection connection, SqliteTransaction transaction, Keyring keyring, string typed)
    {
        var normalised = EmployerName.Normalise(typed);
        var alias = await connection.QuerySingleOrDefaultAsync<Alias>(
            "SELECT canonical AS Canonical, display AS Display FROM employer_aliases WHERE alias = @normalised", new { normalised }, transaction);
        return (keyring.Pseudonym("employer", alias?.Canonical ?? normalised), alias?.Display);
    }

    private sealed record Alias(string Canonical, string Display);
}
