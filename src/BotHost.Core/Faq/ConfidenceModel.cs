namespace BotHost.Core.Faq;

// A logistic model: the probability that the top answer is the right one, from the search's features.
// The default weights were fitted on the content's own questions (ContentFolds) and the development set
// (see docs/faq.md, "Confidence"); `BotHost faq eval --fit` fits them again.
public sealed record ConfidenceModel(double Intercept, IReadOnlyList<double> Weights)
{
    public static readonly ConfidenceModel Default = new(-2.838, [0.903, 1.373, 0.486, 0.252, 0.508]);

    public double Probability(ConfidenceFeatures features) => Probability(features.ToArray());

    public double Probability(double[] x)
    {
        var z = Intercept;
        for (var i = 0; i < x.Length && i < Weights.Count; i++)
        {
            z += Weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
