namespace BotHost.Core.Recognizers.Numbers;

// Counts said in words, shared by numbers and "N weeks ago". Vague ones are ranges: "a few" is 3–5,
// "a handful" 3–6, "several" 3–8; "a couple" is 2 but loosely meant, so it is approximate.
internal static class Quantities
{
    public const string NumberWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    // A count as a regex group: "3", "three", "twenty-one", "a", "a couple of", "a few", "several".
    public const string Pattern = @"(?<count>[0-9]{1,3}|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|a\s+handful\s+of|several|an?|(?:" + NumberWord + @")(?:[\s-]+(?:" + NumberWord + "))?)";

    public readonly record struct Count(long Min, long Max, bool IsApproximate);

    public static bool TryRead(ReadOnlySpan<char> phrase, out Count count)
    {
        phrase = phrase.Trim();
        if (long.TryParse(phrase, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            count = new(digits, digits, false);
            return true;
        }

        var vague = Vague(phrase);
        if (vague is { } known)
        {
            count = known;
            return true;
        }

        if (NumberWords.TryParse(phrase, out var value))
        {
            count = new(value, value, false);
            return true;
        }

        count = default;
        return false;
    }

    private static Count? Vague(ReadOnlySpan<char> phrase)
    {
        // Lower-cased with runs of whitespace as one space ("A  couple\tof").
        Span<char> buffer = stackalloc char[32];
        var length = 0;
        foreach (var c in phrase)
        {
            if (length == buffer.Length)
            {
                return null;
            }

            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        ReadOnlySpan<char> lower = buffer[..length];
        if (lower.EndsWith(" of"))
        {
            lower = lower[..^3];
        }

        return lower switch
        {
            "a" or "an" or "one" => new Count(1, 1, false),
            "a couple" or "couple" => new Count(2, 2, true),
            "a few" or "few" => new Count(3, 5, true),
            "a handful" => new Count(3, 6, true),
            "several" => new Count(3, 8, true),
            "a dozen" or "one dozen" => new Count(12, 12, false),
            "half a dozen" => new Count(6, 6, false),
            _ => null,
        };
    }
}
