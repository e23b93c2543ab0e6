namespace BotHost.Core.Faq;

// Other forms of a word, for when a worker's form is not in the content but a close relative is:
// "bonuses" -> "bonus", "rejection" -> "reject", "faking" -> "fake". The stemmer misses some of these.
public static class WordForms
{
    public static IEnumerable<string> Of(string word)
    {
        if (word.Length < 4)
        {
            yield break;
        }

        foreach (var (suffix, replacements) in Rules)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3)
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            foreach (var replacement in replacements)
            {
                yield return stem + replacement;
            }

            // "stopped" -> "stop", "getting" -> "get"
            if (stem.Length >= 4 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
    }

    private static readonly (string Suffix, string[] Replacements)[] Rules =
    [
        ("ies", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ied", ["y"]), ("ed", ["", "e"]), ("ing", ["", "e"]),
        ("ation", ["e", ""]), ("ion", ["", "e"]), ("ment", [""]), ("er", ["", "e"]), ("ers", ["", "e"]), ("ly", [""]),
        ("ness", [""]), ("ity", ["", "e"]), ("al", [""]),
    ];
}
