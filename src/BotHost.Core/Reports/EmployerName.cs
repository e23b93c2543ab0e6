using System.Text;

namespace BotHost.Core.Reports;

// "ACME Ltd.", "acme limited" and "Acme" are the same employer for counting and for finding a rep.
public static class EmployerName
{
    private static readonly HashSet<string> Suffixes = ["ltd", "limited", "plc", "llp", "inc", "incorporated", "llc", "gmbh", "co", "company", "corp", "corporation", "group", "uk", "the"];

    private const string Apostrophes = "'\u2019\u2018\u02bc\u02b9`\u00b4";

    public static string Normalise(string name)
    {
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                cleaned.Append(c);
            }
            else if (c == '&')
            {
                cleaned.Append(" and ");
            }
            else if (!Apostrophes.Contains(c) && !IsMark(c))
            {
                // Any other punctuation, dash, space or line break separates words ("Acme–Widgets").
                cleaned.Append(' ');
            }

            // Apostrophes of every kind (a phone types ’, a desktop ') and combining accents just go:
            // "Sainsbury’s" and "Sainsbury's" are both "sainsburys".
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w)).ToList();
        return words.Count == 0 ? cleaned.ToString().Trim() : string.Join(' ', words);
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
