using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers;

// Words just before or after a match ("about", "since", "or so"), read without copying the text.
internal static class Affixes
{
    // Where a $-anchored pattern matching the text before position starts, or position when it does not match.
    public static int PrefixStart(Regex prefix, string text, int position)
    {
        foreach (var match in prefix.EnumerateMatches(text.AsSpan(0, position)))
        {
            return match.Index;
        }

        return position;
    }

    // How long a ^-anchored pattern matching the text from position is, or 0.
    public static int SuffixLength(Regex suffix, string text, int position)
    {
        foreach (var match in suffix.EnumerateMatches(text.AsSpan(position)))
        {
            return match.Length;
        }

        return 0;
    }
}
