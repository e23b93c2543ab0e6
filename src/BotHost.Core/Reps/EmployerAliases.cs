using BotHost.Core.Reports;

namespace BotHost.Core.Reps;

// One employer as the rep directory writes it: "Acme|Acme Widgets|AW". The first name is the canonical one:
// reports naming any of them are counted and matched under it.
public static class EmployerAliases
{
    public const char Separator = '|';

    public static IReadOnlyList<string> Split(string entry) =>
        entry.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Every normalised alias of every entry -> (normalised canonical name, canonical name as written).
    // An alias listed under two different employers is an error; it is reported, and the first one wins.
    public static IReadOnlyDictionary<string, (string Canonical, string Display)> Map(IEnumerable<string> entries, ICollection<string>? conflicts = null)
    {
        var map = new Dictionary<string, (string Canonical, string Display)>(StringComparer.Ordinal);
        foreach (var names in entries.Select(Split).Where(n => n.Count > 0))
        {
            var canonical = EmployerName.Normalise(names[0]);
            foreach (var alias in names.Select(EmployerName.Normalise).Where(a => a.Length > 0))
            {
                if (!map.TryAdd(alias, (canonical, names[0])) && map[alias].Canonical != canonical)
                {
                    conflicts?.Add($"\"{alias}\" is an alias of both \"{map[alias].Display}\" and \"{names[0]}\"");
                }
            }
        }

        return map;
    }
}
