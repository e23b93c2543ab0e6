namespace BotHost.Core.Digests;

// The k-threshold, in one place: no count below MinGroupSize ever leaves here, and nothing shown lets a
// reader work one out by subtraction.
public static class GroupFolding
{
    // Groups smaller than minGroupSize fold into one "Other" group (Key null). If Other then holds only a
    // few reports, the smallest shown groups join it until it is big enough: otherwise the exact total
    // minus the shown groups would give Other's small count away. Other's count is null ("fewer than k")
    // only when everything together is below the threshold. A change is shown only for a group shown in
    // both periods (each folded on its own), so it never reveals a count the previous period hid.
    public static IReadOnlyList<FoldedGroup> Fold(
        IReadOnlyDictionary<string, int> current, IReadOnlyDictionary<string, int> previous, int minGroupSize)
    {
        var k = Math.Max(1, minGroupSize);
        var shown = Shown(current, k, out var other);
        var shownBefore = Shown(previous, k, out _).ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
        var rows = shown
            .Select(g => new FoldedGroup(g.Key, g.Count, shownBefore.TryGetValue(g.Key, out var before) ? g.Count - before : null))
            .ToList();
        if (other > 0)
        {
            rows.Add(new FoldedGroup(null, other >= k ? other : null, null));
        }

        return rows;
    }

    // The period's total: shown when it is zero or at least minGroupSize; compared only when both are shown.
    public static FoldedGroup Total(int current, int previous, int minGroupSize)
    {
        var k = Math.Max(1, minGroupSize);
        int? Show(int count) => count == 0 || count >= k ? count : null;
        var now = Show(current);
        var before = Show(previous);
        return new FoldedGroup(null, now, now is { } c && before is { } b ? c - b : null);
    }

    private static List<(string Key, int Count)> Shown(IReadOnlyDictionary<string, int> counts, int k, out int other)
    {
        var shown = counts
            .Where(p => p.Value >= k)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, Count: p.Value))
            .ToList();
        other = counts.Where(p => p.Value is > 0 && p.Value < k).Sum(p => p.Value);
        while (other > 0 && other < k && shown.Count > 0)
        {
            other += shown[^1].Count;
            shown.RemoveAt(shown.Count - 1);
        }

        return shown;
    }
}
