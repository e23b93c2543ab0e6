namespace BotHost.Core.Faq;

public sealed class FaqOptions
{
    public const string Section = "Faq";

    // The content folder. A relative path is taken from the content root; if it does not exist there,
    // the copy next to the executable (content/faq in the build and publish output) is used.
    public string ContentPath { get; set; } = "content/faq";

    // Below this confidence (the estimated probability that the top answer is right) the bot offers the
    // closest topics instead of answering. 0.895 (fitted in content round seven, with the embedding model) is about the lowest value that leaves 97 % of the off-topic
    // questions of the development set unanswered (docs/faq.md).
    public double ConfidenceThreshold { get; set; } = 0.895;

    // How often the folder is checked for edits; 0 turns reloading off.
    public int ReloadSeconds { get; set; } = 5;

    // Sites besides the official ones (gov.uk, legislation.gov.uk, ico.org.uk, acas.org.uk, tuc.org.uk)
    // that answers may cite: the union's own pages.
    public string[] UnionSourceDomains { get; set; } = ["prospect.org.uk"];

    // Unanswered questions and answer feedback are deleted after this many days: long enough for
    // several digests, short enough that workers' words do not pile up.
    public int RetentionDays { get; set; } = 90;

    // `faq check` warns about an entry whose `reviewed` date is older than this: employment law changes in
    // April and October, so half a year without a check is when an answer may have gone stale. 0 turns the
    // warning off. It is a warning, not an error: the answer may still be right, and the bot keeps serving it.
    public int StaleAfterDays { get; set; } = 180;

    // Entry ids offered as buttons when someone asks for the FAQ without a question.
    public string[] PopularTopics { get; set; } = ["workplace-monitoring", "subject-access-request", "flexible-working", "right-to-disconnect"];

    // Whether questions the lexical ranking is not sure of also go through the sentence-embedding model
    // (docs/faq.md, "Retrieval"). Off: lexical ranking only.
    public bool Embeddings { get; set; } = true;

    // The content's sentence vectors, kept so that a start or a reload embeds only what changed. Relative
    // to the content root, like the database; it holds vectors of content only, never of a worker's
    // question. Empty: no file (every start embeds the whole content, a few seconds).
    public string EmbeddingCachePath { get; set; } = "data/faq-embeddings.bin";
}
