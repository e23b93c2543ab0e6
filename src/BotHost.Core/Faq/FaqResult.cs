namespace BotHost.Core.Faq;

// The outcome of one search: candidates best first, and how likely the first is the right answer.
public sealed record FaqResult(QueryAnalysis Analysis, IReadOnlyList<FaqCandidate> Candidates, ConfidenceFeatures Features, double Confidence)
{
    public static readonly FaqResult Nothing = new(QueryAnalysis.Nothing, [], ConfidenceFeatures.None, 0);

    public FaqCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

// Score is the combined ranking score; the parts are kept for evaluation and tuning.
public sealed record FaqCandidate(FaqEntry Entry, double Score, double Bm25, double Asking, double EntryCoverage);
