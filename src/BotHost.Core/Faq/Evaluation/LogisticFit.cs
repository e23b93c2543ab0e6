namespace BotHost.Core.Faq.Evaluation;

// Fits the confidence model by gradient descent on the log loss, with a little L2 to keep weights sane
// on a small set.
public static class LogisticFit
{
    public static ConfidenceModel Fit(IReadOnlyList<double[]> features, IReadOnlyList<bool> labels, double l2 = 0.01, int iterations = 20000, double rate = 0.1)
    {
        var n = features.Count;
        var k = features[0].Length;
        var w = new double[k];
        var b = 0.0;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gw = new double[k];
            var gb = 0.0;
            for (var i = 0; i < n; i++)
            {
                var z = b;
                for (var j = 0; j < k; j++)
                {
                    z += w[j] * features[i][j];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (labels[i] ? 1 : 0);
                gb += error;
                for (var j = 0; j < k; j++)
                {
                    gw[j] += error * features[i][j];
                }
            }

            b -= rate * gb / n;
            for (var j = 0; j < k; j++)
            {
                w[j] -= rate * ((gw[j] / n) + (l2 * w[j]));
            }
        }

        return new ConfidenceModel(Math.Round(b, 3), [.. w.Select(x => Math.Round(x, 3))]);
    }
}
