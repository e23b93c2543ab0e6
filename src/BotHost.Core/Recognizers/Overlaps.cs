namespace BotHost.Core.Recognizers;

// Where candidates overlap, the longest wins ("since 3 March" over "3 March"); the survivors come back in
// reading order.
internal static class Overlaps
{
    public static List<ModelResult<T>> KeepLongest<T>(List<ModelResult<T>> candidates) =>
        KeepLongest(candidates, static c => (c.Start, c.Length));

    public static List<T> KeepLongest<T>(List<T> candidates, Func<T, (int Start, int Length)> span)
    {
        if (candidates.Count < 2)
        {
            return candidates;
        }

        candidates.Sort((a, b) =>
        {
            var (x, y) = (span(a), span(b));
            return x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.Start.CompareTo(y.Start);
        });
        var kept = new List<T>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var (start, length) = span(candidate);
            if (!kept.Exists(k => Overlap(span(k), start, length)))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => span(a).Start.CompareTo(span(b).Start));
        return kept;
    }

    private static bool Overlap((int Start, int Length) kept, int start, int length) =>
        start < kept.Start + kept.Length && kept.Start < start + length;
}
