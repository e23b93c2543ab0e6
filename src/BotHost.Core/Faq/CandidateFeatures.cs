namespace BotHost.Core.Faq;

// How well one entry matches a question, measured several ways; the ranking model weighs them.
// The bm25 scores are divided by the question's total term weight, so long and short questions compare.
// Semantic is the best cosine between the question's sentence vector and the entry's ways of asking;
// it is there only when the question was embedded (the hybrid ranking).
public sealed record CandidateFeatures(
    double Bm25,
    double Title,
    double Questions,
    double Tags,
    double Body,
    double Asking,
    double TitleSimilarity,
    double Coverage,
    double KeyCoverage,
    double Likely,
    double Semantic = 0)
{
    public double[] ToArray() => [Bm25, Title, Questions, Tags, Body, Asking, TitleSimilarity, Coverage, KeyCoverage, Likely];

    public double[] HybridArray() => [.. ToArray(), Semantic];
}
