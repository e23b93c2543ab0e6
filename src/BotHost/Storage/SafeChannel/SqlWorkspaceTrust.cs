using BotHost.Core.SafeChannel;
using Dapper;
using Microsoft.Extensions.Options;

namespace BotHost.Storage.SafeChannel;

// A workspace set with the CLI wins over configuration; anything in neither is the employer's.
public sealed class SqlWorkspaceTrust(Database database, IOptions<WorkspaceOptions> options) : IWorkspaceTrust
{
    public async Task<WorkspaceTrust> TrustOfAsync(string workspace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT trust FROM workspaces WHERE workspace = @workspace", new { workspace });
        if (stored is not null && Enum.TryParse<WorkspaceTrust>(stored, out var trust))
        {
            return trust;
        }

        return options.Value.Union.Contains(workspace, StringComparer.Ordinal) ? WorkspaceTrust.Union : WorkspaceTrust.Employer;
    }

    public async Task SetAsync(string workspace, WorkspaceTrust trust, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO workspaces (workspace, trust, updated_at) VALUES (@workspace, @trust, @now)
            ON CONFLICT (workspace) DO UPDATE SET trust = excluded.trust, updated_at = excluded.updated_at
            """,
            new { workspace, trust = trust.ToString(), now = Database.Ms(now) });
    }

    public async Task<IReadOnlyList<WorkspaceEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Workspace, string Trust)>("SELECT workspace, trust FROM workspaces ORDER BY workspace");
        var set = rows.Select(r => new WorkspaceEntry(r.Workspace, Enum.Parse<WorkspaceTrust>(r.Trust), "set")).ToList();
        var configured = options.Value.Union
            .Where(id => id.Length > 0 && set.All(s => s.Workspace != id))
            .Select(id => new WorkspaceEntry(id, WorkspaceTrust.Union, "configuration"));
        return [.. set.Concat(configured).OrderBy(e => e.Workspace, StringComparer.Ordinal)];
    }
}
