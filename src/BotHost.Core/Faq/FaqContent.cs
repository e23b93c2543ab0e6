namespace BotHost.Core.Faq;

// What one pass over the content folder found: the usable entries, the synonym groups and every problem.
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, SynonymMap Synonyms, IReadOnlyList<FaqFileError> Errors)
{
    public static readonly FaqContent Empty = new([], SynonymMap.Empty, []);
}
