namespace BotHost.Core.Faq;

// What the confidence model weighs: the top candidate's ranking score and its lead over the next, its
// share of a softmax over all candidates, and the share of the question's words the content knows
// (low for off-topic questions). The score counts only as far as the question is understood.
public sealed record ConfidenceFeatures(double Score, double Gap, double Share, double Coverage, double Likely)
{
    public static readonly ConfidenceFeatures None = new(0, 0, 0, 0, 0);

    public double[] ToArray() => [Math.Log(1 + Math.Max(Score, 0)) * Coverage, Math.Log(1 + Math.Max(Gap, 0)), Share, Coverage, Likely];
}
