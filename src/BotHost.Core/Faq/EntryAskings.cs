namespace BotHost.Core.Faq;

// An entry's ways of asking as stems (in order, repeats kept), analysed once per load and shared by the
// entry's profile and the asking classifier: each question, then the title, then each tag.
public sealed record EntryAskings(IReadOnlyList<string[]> Questions, string[] Title, IReadOnlyList<string[]> Tags)
{
    public static EntryAskings Of(FaqEntry entry, SynonymMap synonyms)
    {
        string[] Stems(string text) => [.. AnalysedText.Of(text, synonyms).Terms.Select(PorterStemmer.Stem)];
        return new EntryAskings([.. entry.Questions.Select(Stems)], Stems(entry.Title), [.. entry.Tags.Select(Stems)]);
    }

    public IEnumerable<string[]> All => Questions.Append(Title).Concat(Tags);

    // The classifier's examples: each asking's distinct stems, empty ones left out.
    public List<string[]> Examples => [.. All.Select(stems => stems.Distinct().ToArray()).Where(stems => stems.Length > 0)];
}
