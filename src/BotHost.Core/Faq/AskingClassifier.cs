namespace BotHost.Core.Faq;

// A softmax regression from the stems of a question to the entry it asks about, trained on each entry's
// own ways of asking (its questions, title and tags). bm25 sees whether an entry uses a word; this learns
// which words tell entries apart ("formally ask" is flexible working even when "hybrid" is in both).
// A word only has a weight for the entries whose askings use it, so the model is as sparse as the
// content, and training takes milliseconds even on a 1,000-entry base. Deterministic: no random order.
public sealed class AskingClassifier
{
    private static readonly int Epochs = int.Parse(Environment.GetEnvironmentVariable("AC_EPOCHS") ?? "30", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly double Rate = double.Parse(Environment.GetEnvironmentVariable("AC_RATE") ?? "0.3", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly double L2 = double.Parse(Environment.GetEnvironmentVariable("AC_L2") ?? "1e-4", System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<string, Support> weights;
    private readonly int entries;

    private AskingClassifier(Dictionary<string, Support> weights, int entries) => (this.weights, this.entries) = (weights, entries);

    // examples[e] holds the stem sets of entry e's askings.
    public static AskingClassifier Train(IReadOnlyList<IReadOnlyList<string[]>> examples)
    {
        var entryLists = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var e = 0; e < examples.Count; e++)
        {
            foreach (var stem in examples[e].SelectMany(x => x))
            {
                (entryLists.TryGetValue(stem, out var set) ? set : entryLists[stem] = []).Add(e);
            }
        }

        var model = new AskingClassifier(
            entryLists.ToDictionary(p => p.Key, p => new Support([.. p.Value], new double[p.Value.Count]), StringComparer.Ordinal),
            examples.Count);

        // Round robin over the entries, so no entry's askings all come last.
        var order = Enumerable.Range(0, examples.Max(x => x.Count))
            .SelectMany(i => Enumerable.Range(0, examples.Count).Where(e => i < examples[e].Count).Select(e => (Entry: e, Stems: examples[e][i])))
            .ToList();
        var scores = new double[examples.Count];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = Rate / (1 + epoch);
            foreach (var (entry, stems) in order)
            {
                model.Step(stems, entry, rate, scores);
            }
        }

        return model;
    }

    // The probability of each entry given the question's stems (all entries, in content order).
    public double[] Probabilities(IEnumerable<string> stems)
    {
        var scores = new double[entries];
        var touched = Score(stems, scores);
        return Softmax(scores, touched);
    }

    private void Step(string[] stems, int correct, double rate, double[] scores)
    {
        Array.Clear(scores);
        var p = Softmax(scores, Score(stems, scores));
        foreach (var stem in stems)
        {
            var support = weights[stem];
            for (var i = 0; i < support.Entries.Length; i++)
            {
                var e = support.Entries[i];
                var gradient = p[e] - (e == correct ? 1 : 0);
                support.Weights[i] -= rate * (gradient + (L2 * support.Weights[i]));
            }
        }
    }

    private HashSet<int> Score(IEnumerable<string> stems, double[] scores)
    {
        var touched = new HashSet<int>();
        foreach (var stem in stems)
        {
            if (weights.TryGetValue(stem, out var support))
            {
                for (var i = 0; i < support.Entries.Length; i++)
                {
                    scores[support.Entries[i]] += support.Weights[i];
                    touched.Add(support.Entries[i]);
                }
            }
        }

        return touched;
    }

    // Entries no stem touched score 0, so they share one term of the sum.
    private static double[] Softmax(double[] scores, HashSet<int> touched)
    {
        var max = touched.Count == 0 ? 0 : Math.Max(0, touched.Max(e => scores[e]));
        var sum = (scores.Length - touched.Count) * Math.Exp(-max);
        foreach (var e in touched)
        {
            sum += Math.Exp(scores[e] - max);
        }

        var p = new double[scores.Length];
        for (var e = 0; e < p.Length; e++)
        {
            p[e] = Math.Exp(scores[e] - max) / sum;
        }

        return p;
    }

    private sealed record Support(int[] Entries, double[] Weights);
}
