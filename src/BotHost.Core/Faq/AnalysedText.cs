namespace BotHost.Core.Faq;

// A piece of text as the retriever sees it: its words (stop words removed, in order) and the concept
// terms of the synonym phrases it contains.
public sealed record AnalysedText(IReadOnlyList<string> Words, IReadOnlyList<string> Concepts)
{
    public static AnalysedText Of(string text, SynonymMap synonyms) => Of(FaqText.Tokens(text), synonyms);

    public static AnalysedText Of(IReadOnlyList<string> tokens, SynonymMap synonyms) =>
        new([.. tokens.Where(t => !Stopwords.Contains(t))], synonyms.Concepts(tokens));

    // What the index stores for this text: the words, then the concept terms.
    public string IndexText => string.Join(' ', Words.Concat(Concepts));

    public IEnumerable<string> Terms => Words.Concat(Concepts);
}
