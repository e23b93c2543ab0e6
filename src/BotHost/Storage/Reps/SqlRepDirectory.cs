using System.Globalization;
using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Reps;
using BotHost.Core.Together;
using BotHost.Storage.Reports;
using BotHost.Storage.Work;
using Dapper;

namespace BotHost.Storage.Reps;

public sealed class SqlRepDirectory(Database database, SqlStorage storage, Keyring keyring, TogetherMatcher matcher, TimeProvider time)
    : IRepDirectory
{
    private const string Columns = """
        r.id AS Id, r.name AS Name, r.region AS Region, r.slack_team_id AS SlackTeamId, r.slack_user_id AS SlackUserId,
        r.teams_tenant_id AS TeamsTenantId, r.teams_user_id AS TeamsUserId
        """;

    public async Task<Rep?> FindForEmployerAsync(string employer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.QueryFirstOrDefaultAsync<long?>(
            "SELECT rep_id FROM rep_employers WHERE employer = @employer ORDER BY rep_id", new { employer = EmployerName.Normalise(employer) });
        return id is null ? null : await LoadAsync(connection, "r.id = @id", new { id });
    }

    public async Task<Rep?> FindAsync(string nameOrId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return long.TryParse(nameOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await LoadAsync(connection, "r.id = @id", new { id })
            : await LoadAsync(connection, "lower(r.name) = lower(@name)", new { name = nameOrId.Trim() });
    }

    public async Task<IReadOnlyList<Rep>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM reps r ORDER BY r.name");
        var employers = (await connection.QueryAsync<(long RepId, string Employer)>("SELECT rep_id, employer FROM rep_employers ORDER BY employer"))
            .ToLookup(e => e.RepId, e => e.Employer);
        return [.. rows.Select(r => r.ToRep([.. employers[r.Id]]))];
    }

    public async Task ReplaceAllAsync(IReadOnlyList<Rep> reps, CancellationToken cancellationToken)
    {
        await using var work = await storage.BeginSqlAsync(cancellationToken);
        var (connection, transaction) = (work.Write.Connection, work.Write.Transaction);
        await connection.ExecuteAsync("DELETE FROM rep_employers; DELETE FROM reps; DELETE FROM employer_aliases;", transaction: transaction);
        foreach (var rep in reps)
        {
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO reps (name, region, slack_team_id, slack_user_id, teams_tenant_id, teams_user_id)
                VALUES (@Name, @Region, @SlackTeamId, @SlackUserId, @TeamsTenantId, @TeamsUserId)
                RETURNING id
                """,
                rep,
                transaction);
            foreach (var employer in rep.Employers.SelectMany(EmployerAliases.Split).Select(EmployerName.Normalise).Distinct())
            {
                await connection.ExecuteAsync(
                    "INSERT INTO rep_employers (rep_id, employer) VALUES (@id, @employer) ON CONFLICT DO NOTHING", new { id, employer }, transaction);
            }
        }

        var aliases = EmployerAliases.Map(reps.SelectMany(r => r.Employers));
        foreach (var (alias, (canonical, display)) in aliases)
        {
            await connection.ExecuteAsync(
                "INSERT INTO employer_aliases (alias, canonical, display) VALUES (@alias, @canonical, @display)",
                new { alias, canonical, display },
                transaction);
        }

        await RekeyAsync(work, aliases);
        await work.CommitAsync(cancellationToken);
    }

    // Reports saved under a name before it was listed as an alias move to the canonical employer: each key is
    // a keyed hash of a normalised name, so nothing is opened. A waiting group the move completes is released
    // here, in the import's transaction. (Removing an alias later does not move reports back.)
    private async Task RekeyAsync(SqlUnitOfWork work, IReadOnlyDictionary<string, (string Canonical, string Display)> aliases)
    {
        var (connection, transaction) = (work.Write.Connection, work.Write.Transaction);
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (alias, (canonical, display)) in aliases.Where(a => a.Key != a.Value.Canonical))
        {
            var from = EmployerKeys.Of(keyring, alias);
            var to = EmployerKeys.Of(keyring, canonical);
            // Every key with reports has an employers row: a cheap look before an UPDATE that scans the table.
            var known = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM employers WHERE employer_key = @from", new { from }, transaction) > 0;
            if (!known || await connection.ExecuteAsync("UPDATE reports SET employer_key = @to WHERE employer_key = @from", new { from, to }, transaction) == 0)
            {
                continue;
            }

            moved.Add(to);
            await connection.ExecuteAsync(
                """
                DELETE FROM employers WHERE employer_key = @from;
                INSERT INTO employers (employer_key, name) VALUES (@to, @name) ON CONFLICT (employer_key) DO NOTHING;
                """,
                new { from, to, name = keyring.Seal(Encoding.UTF8.GetBytes(display), SqlReportStore.EmployerContext(to)) },
                transaction);
        }

        foreach (var employerKey in moved.Order(StringComparer.Ordinal))
        {
            await matcher.MatchHeldAsync(work, employerKey, time.GetUtcNow());
        }
    }

    private static async Task<Rep?> LoadAsync(System.Data.IDbConnection connection, string where, object parameters)
    {
        var row = await connection.QueryFirstOrDefaultAsync<Row>($"SELECT {Columns} FROM reps r WHERE {where}", parameters);
        if (row is null)
        {
            return null;
        }

        var employers = await connection.QueryAsync<string>("SELECT employer FROM rep_employers WHERE rep_id = @Id ORDER BY employer", new { row.Id });
        return row.ToRep([.. employers]);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string? Region { get; init; }
        public string? SlackTeamId { get; init; }
        public string? SlackUserId { get; init; }
        public string? TeamsTenantId { get; init; }
        public string? TeamsUserId { get; init; }

        public Rep ToRep(IReadOnlyList<string> employers) => new(Name, employers)
        {
            Id = Id,
            Region = Region,
            SlackTeamId = SlackTeamId,
            SlackUserId = SlackUserId,
            TeamsTenantId = TeamsTenantId,
            TeamsUserId = TeamsUserId,
        };
    }
}
