using System.Globalization;
using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.Numbers;

// The pieces numbers are built from, in reading order: digits, number words, and count phrases.
// Plain numbers (digits, words) can form ranges and open ranges; phrases ("a few", "the whole team") cannot.
internal static partial class NumberAtoms
{
    public readonly record struct Atom(int Start, int End, NumberResolution Resolution, bool IsPlain);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static List<Atom> Find(string text)
    {
        var atoms = new List<Atom>();
        foreach (var match in Digits().EnumerateMatches(text))
        {
            var digits = text.AsSpan(match.Index, match.Length);
            if (decimal.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                atoms.Add(new(match.Index, match.Index + match.Length, NumberResolution.Exactly(value), true));
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && NumberWords.TryParsePrefix(text.AsSpan(i), out var value, out var length))
            {
                atoms.Add(new(i, i + length, NumberResolution.Exactly(value), true));
                i += length;
            }
        }

        foreach (Match match in Phrases().Matches(text))
        {
            if (Phrase(match) is { } resolution)
            {
                atoms.Add(new(match.Index, match.Index + match.Length, resolution, false));
            }
        }

        if (OnlyMe().IsMatch(text))
        {
            var start = text.IndexOf("me", StringComparison.OrdinalIgnoreCase);
            atoms.Add(new(start, start + 2, NumberResolution.Exactly(1), false));
        }

        // Longest first where they overlap ("no one" over "one"), then in reading order.
        return Overlaps.KeepLongest(atoms, static a => (a.Start, a.End - a.Start));
    }

    private static NumberResolution? Phrase(Match match)
    {
        var many = new NumberResolution(2, null) { IsApproximate = true };
        if (match.Groups["others"].Success)
        {
            return Quantities.TryRead(match.Groups["count"].ValueSpan, out var count) ? new NumberResolution(count.Min + 1, count.Max + 1) { IsApproximate = count.IsApproximate } : null;
        }

        if (Quantities.TryRead(match.ValueSpan, out var vague))
        {
            return new NumberResolution(vague.Min, vague.Max) { IsApproximate = vague.IsApproximate };
        }

        return match.Groups["one"].Success ? NumberResolution.Exactly(1)
            : match.Groups["two"].Success ? NumberResolution.Exactly(2)
            : match.Groups["none"].Success ? NumberResolution.Exactly(0)
            : match.Groups["dozens"].Success ? new NumberResolution(24, null) { IsApproximate = true }
            : match.Groups["hundreds"].Success ? new NumberResolution(200, null) { IsApproximate = true }
            : match.Groups["everyone"].Success ? many with { IsEveryone = true }
            : match.Groups["many"].Success ? many
            : null;
    }

    // Not part of a word, code, time, date or sum of money: "K7P2", "10:30", "12/03", "£30,000".
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,/:£$€])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9]|[.,/:][0-9])(?=ish\b|[^\p{L}_]|$)", Options)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:half\s+a\s+dozen|(?:a|one)\s+dozen|a\s+couple|a\s+few|a\s+handful|several|(?<dozens>dozens)|(?<hundreds>hundreds)" +
        @"|(?<one>(?:just|only)\s+(?:me|myself|the\s+one|one)|me\s+(?:alone|only)|myself)" +
        @"|(?<two>a\s+pair|both\s+of\s+us|the\s+two\s+of\s+us)" +
        @"|(?<none>nobody|no\s*-?\s*one|none)" +
        @"|(?<others>me\s+and\s+" + Quantities.Pattern + @"\s+(?:others?|other\s+people|colleagues?|co-?workers?|people|more))" +
        @"|(?<everyone>everyone|everybody|all\s+of\s+(?:us|them)|(?:(?:the|my|our)\s+)?(?:whole|entire)\s+(?:team|office|company|department|floor|organi[sz]ation|workforce|site|unit|group)|all\s+(?:the\s+)?(?:staff|workers|employees)|all\s+my\s+(?:colleagues|team))" +
        @"|(?<many>loads|lots|tons|a\s+lot|many\s+of\s+us))\b", Options)]
    private static partial Regex Phrases();

    // "me" on its own answers "how many people?".
    [GeneratedRegex(@"^\W*me\W*$", Options)]
    private static partial Regex OnlyMe();
}
