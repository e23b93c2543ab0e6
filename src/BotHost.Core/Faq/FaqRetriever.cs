namespace BotHost.Core.Faq;

// Finds the entry that answers a question. FTS5 bm25 over the weighted fields proposes candidates; a
// fitted linear model re-ranks them on per-field bm25, the best-matching way of asking, how much of the
// question each entry covers and a classifier trained on the ways of asking; a logistic model turns the
// result into the probability that the top answer is right. Built once per content load; Search is safe to call from several threads.
public sealed class FaqRetriever : IDisposable
{
    private readonly IReadOnlyList<EntryProfile> profiles;
    private readonly FaqVocabulary vocabulary;
    private readonly FaqQueryAnalyser analyser;
    private readonly IFaqIndex index;
    private readonly AskingClassifier classifier;

    public FaqRetriever(FaqContent content, IFaqIndexFactory factory, FaqRetrievalSettings settings)
    {
        Content = content;
        Settings = settings;
        var synonyms = content.Synonyms;
        var fields = content.Entries.Select(e => new
        {
            Title = AnalysedText.Of(e.Title, synonyms),
            Questions = AnalysedText.Of(string.Join(" \n ", e.Questions), synonyms),
            Tags = AnalysedText.Of(string.Join(" \n ", e.Tags), synonyms),
            Body = AnalysedText.Of(e.Body, synonyms),
        }).ToList();
        var all = fields.Select(f => new AnalysedText(
            [.. f.Title.Words, .. f.Questions.Words, .. f.Tags.Words, .. f.Body.Words],
            [.. f.Title.Concepts, .. f.Questions.Concepts, .. f.Tags.Concepts, .. f.Body.Concepts])).ToList();
        vocabulary = new FaqVocabulary(all, synonyms.Words);
        analyser = new FaqQueryAnalyser(vocabulary, synonyms);
        var askings = content.Entries.Select(e => EntryAskings.Of(e, synonyms)).ToList();
        profiles = [.. askings.Select((a, i) => EntryProfile.Build(a, vocabulary, all[i]))];
        classifier = AskingClassifier.Train([.. askings.Select(a => a.Examples)]);
        index = factory.Build(
            [.. fields.Select(f => new FaqIndexDocument(f.Title.IndexText, f.Questions.IndexText, f.Tags.IndexText, f.Body.IndexText))],
            settings.Weights);
    }

    public FaqContent Content { get; }

    public FaqRetrievalSettings Settings { get; }

    public FaqEntry? Find(string id) => Content.Entries.FirstOrDefault(e => e.Id == id);

    public FaqResult Search(string question)
    {
        var analysis = analyser.Analyse(question);
        if (analysis.Terms.Count == 0)
        {
            return FaqResult.Nothing with { Analysis = analysis };
        }

        var hits = index.Search(SearchTerms(analysis.Terms), Settings.Candidates);
        if (hits.Count == 0)
        {
            return FaqResult.Nothing with { Analysis = analysis };
        }

        var query = SparseVector.Of(analysis.Stems, vocabulary.Idf);
        var totalIdf = analysis.Stems.Sum(vocabulary.Idf);
        var likely = classifier.Probabilities(analysis.Stems);
        var candidates = hits.Select(hit =>
        {
            var profile = profiles[hit.Entry];
            var features = new CandidateFeatures(
                hit.Score / totalIdf,
                hit.Fields.Title / totalIdf,
                hit.Fields.Questions / totalIdf,
                hit.Fields.Tags / totalIdf,
                hit.Fields.Body / totalIdf,
                profile.BestAsking(query),
                profile.TitleSimilarity(query),
                analysis.Stems.Where(profile.Uses).Sum(vocabulary.Idf) / totalIdf,
                analysis.Stems.Where(profile.UsesInKeyFields).Sum(vocabulary.Idf) / totalIdf,
                likely[hit.Entry]);
            return new FaqCandidate(Content.Entries[hit.Entry], Settings.Ranking.Score(features), features);
        }).OrderByDescending(c => c.Score).ToList();

        var top = candidates[0];
        var gap = candidates.Count > 1 ? top.Score - candidates[1].Score : Math.Max(top.Score, 0);
        var share = 1 / candidates.Sum(c => Math.Exp(c.Score - top.Score));
        var confidence = new ConfidenceFeatures(top.Score, gap, share, analysis.Coverage, top.Features.Likely);
        return new FaqResult(analysis, candidates, confidence, Settings.Confidence.Probability(confidence));
    }

    // Bounds the work per question. FTS5's bm25 gives a term in more than half the entries no weight, yet
    // matching it costs a row per entry, so such terms stay out of the MATCH; and in a large knowledge
    // base the commonest remaining terms are dropped until about Settings.MaxScoredRows rows would be
    // scored. The core's own measures (coverage, best question) still count every term.
    private List<string> SearchTerms(IReadOnlyList<string> terms)
    {
        var byShare = terms.Select(t => (Term: t, Share: vocabulary.Share(PorterStemmer.Stem(t)))).OrderBy(p => p.Share).ToList();
        var chosen = new List<string>();
        var rows = 0.0;
        foreach (var (term, share) in byShare)
        {
            rows += share * vocabulary.Entries;
            if (chosen.Count >= 2 && (share > 0.5 || rows > Settings.MaxScoredRows))
            {
                break;
            }

            chosen.Add(term);
        }

        return chosen;
    }

    public void Dispose() => index.Dispose();
}
