namespace BotHost.Core.Recognizers;

// Where candidates overlap, the longest wins ("since 3 March" over "3 March"); the survivors come back in
// reading order.
internal static class Overlaps
{
    public static List<ModelResult<T>> KeepLongest<T>(List<ModelResult<T>> candidates)
    {
        if (candidates.Count < 2)
        {
            return candidates;
        }

        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<ModelResult<T>>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => candidate.Start < k.Start + k.Length && k.Start < candidate.Start + candidate.Length))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
