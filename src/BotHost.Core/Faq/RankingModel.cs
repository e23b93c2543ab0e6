namespace BotHost.Core.Faq;

// A linear score over the candidate features; the weights are fitted as a conditional logit (softmax
// over each question's candidates) on the content's own questions and the development set (`faq eval --fit`).
public sealed record RankingModel(IReadOnlyList<double> Weights)
{
    public double Score(CandidateFeatures features) => Score(features.ToArray());

    public double Score(double[] x)
    {
        var score = 0.0;
        for (var i = 0; i < x.Length && i < Weights.Count; i++)
        {
            score += Weights[i] * x[i];
        }

        return score;
    }
}
