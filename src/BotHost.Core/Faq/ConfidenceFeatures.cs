namespace BotHost.Core.Faq;

// What the confidence model weighs: the top candidate's ranking score and its lead over the next, its
// share of a softmax over all candidates, and the share of the question's words the content knows
// (low for off-topic questions). The score counts only as far as the question is understood.
// Semantic is there when the question was embedded.
public sealed record ConfidenceFeatures(double Score, double Gap, double Share, double Coverage, double Likely, SemanticFeatures? Semantic = null)
{
    public static readonly ConfidenceFeatures None = new(0, 0, 0, 0, 0);

    public double[] ToArray() => [Math.Log(1 + Math.Max(Score, 0)) * Coverage, Math.Log(1 + Math.Max(Gap, 0)), Share, Coverage, Likely];

    // The lexical measures and the semantic ones, for the hybrid confidence model.
    // (A question that was not embedded has zeros there; only fitting looks at its array.)
    public double[] HybridArray() => [.. ToArray(), .. (Semantic ?? SemanticFeatures.None).ToArray()];
}

// How the question's sentence vector sees the top answer: its best cosine with the top entry's ways of
// asking, the lead of that cosine over the best of every other entry (negative when another entry is
// nearer), and whether the nearest entry overall is the top one. Off-topic lines are near nothing; a
// confused pair is near both.
// SmallTalk is the best cosine with the small-talk lines (SmallTalk.cs).
public sealed record SemanticFeatures(double Cosine, double Margin, double Agrees, double SmallTalk = -1)
{
    public static readonly SemanticFeatures None = new(0, 0, 0);

    // Nearer to small talk than to any way of asking (the nearest entry's cosine is Cosine, or Cosine
    // minus Margin when another entry is nearer).
    public bool IsSmallTalk => SmallTalk > Math.Max(Cosine, Cosine - Margin);

    public double[] ToArray() => [Cosine, Margin, Agrees];
}
