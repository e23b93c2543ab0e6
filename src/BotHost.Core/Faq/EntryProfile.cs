namespace BotHost.Core.Faq;

// What the core keeps about each entry for its own measures: the stems it uses (anywhere, and in the
// key fields: title, questions, tags), and a vector per way of asking (the title and each question).
public sealed class EntryProfile(HashSet<string> stems, HashSet<string> keyStems, SparseVector title, IReadOnlyList<SparseVector> askings)
{
    public static EntryProfile Build(EntryAskings askings, FaqVocabulary vocabulary, AnalysedText all)
    {
        SparseVector Vector(string[] stems) => SparseVector.Of(stems, vocabulary.Idf);
        return new EntryProfile(
            [.. all.Terms.Select(PorterStemmer.Stem)],
            [.. askings.All.SelectMany(s => s)],
            Vector(askings.Title),
            [.. askings.Questions.Append(askings.Title).Select(Vector)]);
    }

    public bool Uses(string stem) => stems.Contains(stem);

    public bool UsesInKeyFields(string stem) => keyStems.Contains(stem);

    public double TitleSimilarity(SparseVector query) => title.Cosine(query);

    public double BestAsking(SparseVector query) => askings.Max(a => a.Cosine(query));
}
