using System.Text;
using BotHost.Core.Privacy;
using BotHost.Slack.OAuth;
using Dapper;

namespace BotHost.Storage.Slack;

public sealed class SqlSlackInstallations(Database database, Keyring keyring) : ISlackInstallationStore
{
    public async Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO slack_installations (team_id, enterprise_id, app_id, bot_user_id, scopes, token, installed_at)
            VALUES (@TeamId, @EnterpriseId, @AppId, @BotUserId, @Scopes, @Token, @InstalledAt)
            ON CONFLICT (team_id) DO UPDATE SET
                enterprise_id = excluded.enterprise_id, app_id = excluded.app_id, bot_user_id = excluded.bot_user_id,
                scopes = excluded.scopes, token = excluded.token, installed_at = excluded.installed_at
            """,
            new
            {
                installation.TeamId,
                installation.EnterpriseId,
                installation.AppId,
                installation.BotUserId,
                installation.Scopes,
                Token = keyring.Seal(Encoding.UTF8.GetBytes(installation.BotToken), Context(installation.TeamId)),
                InstalledAt = Database.Ms(installation.InstalledAt),
            });
    }

    public async Task<SlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            """
            SELECT team_id AS TeamId, enterprise_id AS EnterpriseId, app_id AS AppId, bot_user_id AS BotUserId,
                   scopes AS Scopes, token AS Token, installed_at AS InstalledAt
            FROM slack_installations WHERE team_id = @teamId
            """,
            new { teamId });
        return row is null ? null : new SlackInstallation(
            row.TeamId,
            Encoding.UTF8.GetString(keyring.Open(row.Token, Context(row.TeamId))),
            row.BotUserId,
            row.AppId,
            row.Scopes,
            row.EnterpriseId,
            Database.FromMs(row.InstalledAt));
    }

    public async Task<bool> DeleteAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM slack_installations WHERE team_id = @teamId", new { teamId }) > 0;
    }

    private static string Context(string teamId) => "slack-installation:" + teamId;

    private sealed record Row(string TeamId, string? EnterpriseId, string? AppId, string? BotUserId, string? Scopes, byte[] Token, long InstalledAt);
}
