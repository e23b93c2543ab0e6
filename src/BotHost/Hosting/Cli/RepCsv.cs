using BotHost.Core.Reps;
using Sylvan.Data.Csv;

namespace BotHost.Hosting.Cli;

// Reads the rep directory file. Header (any order, case-insensitive):
//   name,employers,region,slack_team_id,slack_user_id,teams_tenant_id,teams_user_id
// "employers" lists the employers the rep covers, separated by ";". One employer's other names follow it
// after "|": "Acme|Acme Widgets|AW;Globex". Reports naming any alias are counted under the first name.
// Each rep needs a name, at least one employer, and a Slack user id or a Teams user id.
public static class RepCsv
{
    public static readonly string[] Header = ["name", "employers", "region", "slack_team_id", "slack_user_id", "teams_tenant_id", "teams_user_id"];

    public static (List<Rep> Reps, List<string> Errors) Read(TextReader text)
    {
        var reps = new List<Rep>();
        var errors = new List<string>();
        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HeaderComparer = StringComparer.OrdinalIgnoreCase });
            var missing = Header.Take(2).Where(column => !HasColumn(csv, column)).ToList();
            if (missing.Count > 0)
            {
                errors.Add($"header: missing column(s) {string.Join(", ", missing)}; expected {string.Join(',', Header)}");
                return (reps, errors);
            }

            var line = 1;
            while (csv.Read())
            {
                line++;
                string? Field(string column) => HasColumn(csv, column) && csv.GetString(csv.GetOrdinal(column)).Trim() is { Length: > 0 } v ? v : null;
                var name = Field("name");
                var employers = (Field("employers") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var rep = new Rep(name ?? "", employers)
                {
                    Region = Field("region"),
                    SlackTeamId = Field("slack_team_id"),
                    SlackUserId = Field("slack_user_id"),
                    TeamsTenantId = Field("teams_tenant_id"),
                    TeamsUserId = Field("teams_user_id"),
                };
                var problem = rep switch
                {
                    { Name.Length: 0 } => "name is empty",
                    { Employers.Count: 0 } => "employers is empty (list them separated by ;)",
                    { SlackUserId: null, TeamsUserId: null } => "needs a slack_user_id or a teams_user_id",
                    { SlackUserId: { } s } when !s.StartsWith('U') && !s.StartsWith('W') => $"slack_user_id \"{s}\" should start with U or W",
                    { TeamsUserId: { } t } when !Guid.TryParse(t, out _) => $"teams_user_id \"{t}\" should be an Entra object id (a GUID)",
                    _ => null,
                };
                if (problem is null)
                {
                    reps.Add(rep);
                }
                else
                {
                    errors.Add($"line {line}: {problem}");
                }
            }
        }
        catch (FormatException ex)
        {
            errors.Add($"file: not valid CSV ({ex.Message})");
        }

        var conflicts = new List<string>();
        EmployerAliases.Map(reps.SelectMany(r => r.Employers), conflicts);
        errors.AddRange(conflicts.Select(c => $"employers: {c}"));

        return (reps, errors);
    }

    private static bool HasColumn(CsvDataReader csv, string column)
    {
        try
        {
            csv.GetOrdinal(column);
            return true;
        }
        catch (IndexOutOfRangeException)
        {
            return false;
        }
    }
}
