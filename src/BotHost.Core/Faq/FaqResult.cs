namespace BotHost.Core.Faq;

// The outcome of one search: candidates best first, and how likely the first is the right answer.
// Embedded says whether the question went through the sentence-embedding model (the lexical ranking was
// not sure enough on its own); Lexical is what the lexical ranking alone said, kept for fitting.
public sealed record FaqResult(QueryAnalysis Analysis, IReadOnlyList<FaqCandidate> Candidates, ConfidenceFeatures Features, double Confidence)
{
    public static readonly FaqResult Nothing = new(QueryAnalysis.Nothing, [], ConfidenceFeatures.None, 0);

    public FaqCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    public bool Embedded => Features.Semantic is not null;

    public LexicalView? Lexical { get; init; }
}

// Score is the ranking model's score; the features are kept for evaluation and fitting.
public sealed record FaqCandidate(FaqEntry Entry, double Score, CandidateFeatures Features);

// The lexical ranking's own answer: its top entry, confidence features and confidence.
public sealed record LexicalView(FaqEntry Top, ConfidenceFeatures Features, double Confidence);
