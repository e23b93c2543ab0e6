using System.Text;

namespace BotHost.Core.Reports;

// "ACME Ltd.", "acme limited" and "Acme" are the same employer for counting and for finding a rep.
public static class EmployerName
{
    private static readonly HashSet<string> Suffixes = ["ltd", "limited", "plc", "llp", "inc", "incorporated", "llc", "gmbh", "co", "company", "corp", "corporation", "group", "uk", "the"];

    public static string Normalise(string name)
    {
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                cleaned.Append(c);
            }
            else if (c is ' ' or '-' or '_' or '/' or '.' or ',' or '&' or '\'')
            {
                cleaned.Append(c == '&' ? " and " : " ");
            }
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w)).ToList();
        return words.Count == 0 ? cleaned.ToString().Trim() : string.Join(' ', words);
    }
}
