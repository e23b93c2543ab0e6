namespace BotHost.Core.Faq;

// A softmax regression from the stems of a question to the entry it asks about, trained on each entry's
// own ways of asking (its questions, title and tags). bm25 sees whether an entry uses a word; this learns
// which words tell entries apart ("formally ask" is flexible working even when "hybrid" is in both).
// A word only has a weight for the entries whose askings use it, and words used by more than half the
// entries (which tell little apart) have none, so the model is as sparse as the content: training takes
// a fraction of a second for the real content, about 1.5 s for 1,000 entries. Deterministic: no random
// order. Read-only once trained, so Probabilities is safe from several threads.
public sealed class AskingClassifier
{
    // Chosen on the development set (docs/faq.md); the answers' bodies as extra examples, word pairs and
    // other rates all did worse there.
    private const int Epochs = 30;
    private const double Rate = 0.3;
    private const double L2 = 1e-4;

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
            entryLists.Where(p => p.Value.Count <= examples.Count / 2).ToDictionary(p => p.Key, p => new Support([.. p.Value], new double[p.Value.Count]), StringComparer.Ordinal),
            examples.Count);

        // Round robin over the entries, so no entry's askings all come last.
        var order = Enumerable.Range(0, examples.Select(x => x.Count).DefaultIfEmpty().Max())
            .SelectMany(i => Enumerable.Range(0, examples.Count).Where(e => i < examples[e].Count).Select(e => (Entry: e, Stems: examples[e][i])))
            .Select(x => (x.Entry, Words: model.Supports(x.Stems)))
            .ToList();
        var (scores, seen) = (new double[examples.Count], new bool[examples.Count]);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = Rate / (1 + epoch);
            foreach (var (entry, words) in order)
            {
                Step(words, entry, rate, scores, seen);
            }
        }

        return model;
    }

    // The probability of each entry given the question's stems (all entries, in content order).
    public double[] Probabilities(IEnumerable<string> stems)
    {
        var scores = new double[entries];
        var touched = Score(Supports(stems), scores, new bool[entries]);
        var (max, sum) = Normaliser(scores, touched);
        return [.. scores.Select(s => Math.Exp(s - max) / sum)];
    }

    // One gradient step on one example. Only entries the example's stems touch have weights to move, so
    // only their probabilities are computed; the arrays are cleared the same way, keeping a step sparse.
    private static void Step(Support[] words, int correct, double rate, double[] scores, bool[] seen)
    {
        var touched = Score(words, scores, seen);
        var (max, sum) = Normaliser(scores, touched);
        foreach (var support in words)
        {
            for (var i = 0; i < support.Entries.Length; i++)
            {
                var e = support.Entries[i];
                var gradient = (Math.Exp(scores[e] - max) / sum) - (e == correct ? 1 : 0);
                support.Weights[i] -= rate * (gradient + (L2 * support.Weights[i]));
            }
        }

        foreach (var e in touched)
        {
            (scores[e], seen[e]) = (0, false);
        }
    }

    // The weights of the stems the model has (a word it never saw, or left out, has none).
    private Support[] Supports(IEnumerable<string> stems) => [.. stems.Select(s => weights.GetValueOrDefault(s)).OfType<Support>()];

    private static List<int> Score(Support[] words, double[] scores, bool[] seen)
    {
        var touched = new List<int>();
        foreach (var support in words)
        {
            for (var i = 0; i < support.Entries.Length; i++)
            {
                var e = support.Entries[i];
                scores[e] += support.Weights[i];
                if (!seen[e])
                {
                    seen[e] = true;
                    touched.Add(e);
                }
            }
        }

        return touched;
    }

    // The softmax's shift and sum. Entries no stem touched score 0, so they share one term of the sum.
    private static (double Max, double Sum) Normaliser(double[] scores, List<int> touched)
    {
        var max = Math.Max(0, touched.Count == 0 ? 0 : touched.Max(e => scores[e]));
        var sum = (scores.Length - touched.Count) * Math.Exp(-max);
        foreach (var e in touched)
        {
            sum += Math.Exp(scores[e] - max);
        }

        return (max, sum);
    }

    private sealed record Support(int[] Entries, double[] Weights);
}
