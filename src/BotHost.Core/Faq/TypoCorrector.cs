using BotHost.Core.Recognizers;

namespace BotHost.Core.Faq;

// Corrects a misspelt word to a word the content uses: one edit for words of 4 to 7 letters, two from 8
// (an edit is an insertion, deletion, substitution or swap of neighbours). Lookup uses precomputed
// deletions (the SymSpell idea), so it costs microseconds however large the vocabulary is.
public sealed class TypoCorrector
{
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<string, List<string>> byDeletion = new(StringComparer.Ordinal);

    public TypoCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        frequency = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        foreach (var word in frequency.Keys)
        {
            foreach (var deletion in Deletions(word, word.Length >= 6 ? 2 : 1))
            {
                if (!byDeletion.TryGetValue(deletion, out var words))
                {
                    byDeletion[deletion] = words = [];
                }

                words.Add(word);
            }
        }
    }

    public static int MaxDistance(string word) => word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;

    // The closest, then most frequent, vocabulary word; null when there is none near enough.
    public string? Correct(string word)
    {
        var max = MaxDistance(word);
        if (max == 0 || frequency.ContainsKey(word))
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var deletion in Deletions(word, max))
        {
            if (!byDeletion.TryGetValue(deletion, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Between(word, candidate, max);
                var count = frequency[candidate];
                if (distance <= max && (distance < bestDistance || (distance == bestDistance && (count > bestFrequency || (count == bestFrequency && string.CompareOrdinal(candidate, best) < 0)))))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, count);
                }
            }
        }

        return best;
    }

    // The word itself and every string made by deleting up to max letters from it.
    private static HashSet<string> Deletions(string word, int max)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < max; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length && w.Length > 1; i++)
                {
                    var shorter = w.Remove(i, 1);
                    if (result.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}
