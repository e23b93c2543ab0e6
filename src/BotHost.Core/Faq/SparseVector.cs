namespace BotHost.Core.Faq;

// A bag of weighted terms, scaled to length 1, for cosine similarity between short texts.
public sealed class SparseVector
{
    private readonly Dictionary<string, double> weights;

    private SparseVector(Dictionary<string, double> weights) => this.weights = weights;

    public static SparseVector Of(IEnumerable<string> stems, Func<string, double> weight)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            weights[stem] = weights.GetValueOrDefault(stem) + weight(stem);
        }

        var length = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (length > 0)
        {
            foreach (var key in weights.Keys)
            {
                weights[key] /= length;
            }
        }

        return new SparseVector(weights);
    }

    public double Cosine(SparseVector other)
    {
        var (small, large) = weights.Count <= other.weights.Count ? (weights, other.weights) : (other.weights, weights);
        var sum = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var w))
            {
                sum += value * w;
            }
        }

        return sum;
    }
}
