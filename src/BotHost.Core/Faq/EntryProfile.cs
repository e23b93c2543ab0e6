namespace BotHost.Core.Faq;

// What the core keeps about each entry for its own measures: the stems it uses anywhere, and a vector
// per way of asking (the title and each question) to compare a worker's question with.
public sealed class EntryProfile(HashSet<string> stems, IReadOnlyList<SparseVector> askings)
{
    public static EntryProfile Build(FaqEntry entry, SynonymMap synonyms, FaqVocabulary vocabulary, AnalysedText all)
    {
        var askings = new[] { entry.Title }.Concat(entry.Questions)
            .Select(text => SparseVector.Of(AnalysedText.Of(text, synonyms).Terms.Select(PorterStemmer.Stem), vocabulary.Idf))
            .ToList();
        return new EntryProfile([.. all.Terms.Select(PorterStemmer.Stem)], askings);
    }

    public bool Uses(string stem) => stems.Contains(stem);

    public double BestAsking(SparseVector query) => askings.Max(a => a.Cosine(query));
}
