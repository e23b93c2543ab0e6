namespace BotHost.Core.Faq;

// The outcome of one search: candidates best first, and how likely the first is the right answer.
public sealed record FaqResult(QueryAnalysis Analysis, IReadOnlyList<FaqCandidate> Candidates, ConfidenceFeatures Features, double Confidence)
{
    public static readonly FaqResult Nothing = new(QueryAnalysis.Nothing, [], ConfidenceFeatures.None, 0);

    public FaqCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

// Score is the ranking model's score; the features are kept for evaluation and fitting.
public sealed record FaqCandidate(FaqEntry Entry, double Score, CandidateFeatures Features);
