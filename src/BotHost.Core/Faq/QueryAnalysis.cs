namespace BotHost.Core.Faq;

// What the retriever made of a question: the terms it searched for and how much of the question it knew.
public sealed record QueryAnalysis
{
    public static readonly QueryAnalysis Nothing = new();

    // Surface words and concept terms sent to the index, each once.
    public IReadOnlyList<string> Terms { get; init; } = [];

    // Stems of the terms (concept terms as they are), for the core's own similarity measures.
    public IReadOnlyList<string> Stems { get; init; } = [];

    // Words other than stop words in the question.
    public int ContentWords { get; init; }

    // Of those, the ones the content or the synonym map knows (typo corrections included).
    public int KnownWords { get; init; }

    public IReadOnlyList<(string Typed, string Corrected)> Corrections { get; init; } = [];

    // The question's words in order, normalised and with the typos corrected (held in memory only).
    public string Text { get; init; } = "";

    // Words neither the content nor the synonym map knows.
    public IReadOnlyList<string> Unknown { get; init; } = [];

    public double Coverage => ContentWords == 0 ? 0 : (double)KnownWords / ContentWords;
}
