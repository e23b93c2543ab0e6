namespace BotHost.Core.Faq;

// Finds the entry that answers a question. FTS5 bm25 over the weighted fields proposes candidates; a
// fitted linear model re-ranks them on per-field bm25, the best-matching way of asking, how much of the
// question each entry covers and a classifier trained on the ways of asking; a logistic model turns the
// result into the probability that the top answer is right. When that is below Settings.LexicalSure and
// a sentence-embedding model is there, the question is embedded too: each candidate gains its cosine
// with the question, the candidates are ranked again and a second model, which also weighs how near the
// question is to the top entry and to every other, gives the confidence. Built once per content load;
// Search is safe to call from several threads.
public sealed class FaqRetriever : IDisposable
{
    private readonly IReadOnlyList<EntryProfile> profiles;
    private readonly FaqVocabulary vocabulary;
    private readonly FaqQueryAnalyser analyser;
    private readonly IFaqIndex index;
    private readonly AskingClassifier classifier;
    private readonly FaqEmbeddings? embeddings;
    private readonly EntryVectors? vectors;
    private readonly EntryVectors? smallTalk;
    private readonly Dictionary<string, int> positions;

    public FaqRetriever(FaqContent content, IFaqIndexFactory factory, FaqRetrievalSettings settings, FaqEmbeddings? embeddings = null)
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
        positions = content.Entries.Select((e, i) => (e.Id, i)).ToDictionary(StringComparer.Ordinal);
        index = factory.Build(
            [.. fields.Select(f => new FaqIndexDocument(f.Title.IndexText, f.Questions.IndexText, f.Tags.IndexText, f.Body.IndexText))],
            settings.Weights);
        if (embeddings is not null)
        {
            this.embeddings = embeddings;
            vectors = EntryVectors.Build(content.Entries, embeddings);
            smallTalk = EntryVectors.Build(SmallTalk.Lines, embeddings);
        }
    }

    public FaqContent Content { get; }

    public FaqRetrievalSettings Settings { get; }

    public bool UsesEmbeddings => vectors is not null;

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

        var confidence = Judge(candidates, analysis.Coverage);
        var probability = Settings.Confidence.Probability(confidence);
        var lexical = new FaqResult(analysis, candidates, confidence, probability) { Lexical = new LexicalView(candidates[0].Entry, confidence, probability) };
        return embeddings is null || vectors is null || probability >= Settings.LexicalSure ? lexical : Hybrid(lexical, question);
    }

    // The question's vector against every entry's: the candidates gain their cosine and are ranked again,
    // and the confidence also weighs how near the question is to the new top entry and to all the others.
    private FaqResult Hybrid(FaqResult lexical, string question)
    {
        var vector = embeddings!.Question(Settings.EmbedCorrected ? lexical.Analysis.Text : question);
        var best = vectors!.BestPerEntry(vector);
        var candidates = lexical.Candidates
            .Select(c => (c, Features: c.Features with { Semantic = best[positions[c.Entry.Id]] }))
            .Select(p => p.c with { Features = p.Features, Score = Settings.HybridRanking.Score(p.Features.HybridArray()) })
            .OrderByDescending(c => c.Score)
            .ToList();
        var top = positions[candidates[0].Entry.Id];
        var (nearest, other) = (0, double.NegativeInfinity);
        for (var e = 0; e < best.Length; e++)
        {
            nearest = best[e] > best[nearest] ? e : nearest;
            other = e != top && best[e] > other ? best[e] : other;
        }

        var semantic = new SemanticFeatures(best[top], best[top] - (double.IsFinite(other) ? other : 0), nearest == top ? 1 : 0, smallTalk!.Best(vector));
        var confidence = Judge(candidates, lexical.Analysis.Coverage) with { Semantic = semantic };
        // Nearer to small talk than to any way of asking: never a rights answer (on the development set and
        // the 1,703 content-fold questions this caught four off-topic lines and no question in scope).
        var probability = semantic.IsSmallTalk ? 0 : Settings.HybridConfidence.Probability(confidence.HybridArray());
        return lexical with { Candidates = candidates, Features = confidence, Confidence = probability };
    }

    private static ConfidenceFeatures Judge(List<FaqCandidate> candidates, double coverage)
    {
        var top = candidates[0];
        var gap = candidates.Count > 1 ? top.Score - candidates[1].Score : Math.Max(top.Score, 0);
        var share = 1 / candidates.Sum(c => Math.Exp(c.Score - top.Score));
        return new ConfidenceFeatures(top.Score, gap, share, coverage, top.Features.Likely);
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
