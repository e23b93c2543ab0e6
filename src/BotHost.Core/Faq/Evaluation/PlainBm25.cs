namespace BotHost.Core.Faq.Evaluation;

// The baseline the issue asks to compare against: the same FTS5 table, filled with the files' text as
// written, default (equal) bm25 weights, the question's words OR-ed together. No synonyms, no typo
// correction, no re-ranking; the score is the top bm25.
public sealed class PlainBm25 : IDisposable
{
    private readonly IReadOnlyList<FaqEntry> entries;
    private readonly IFaqIndex index;

    public PlainBm25(FaqContent content, IFaqIndexFactory factory)
    {
        entries = content.Entries;
        index = factory.Build(
            [.. entries.Select(e => new FaqIndexDocument(e.Title, string.Join('\n', e.Questions), string.Join('\n', e.Tags), e.Body))],
            FaqFieldWeights.Equal);
    }

    public Prediction Predict(string question)
    {
        var hits = index.Search([.. FaqText.Tokens(question, normalise: false).Distinct()], 3);
        return hits.Count == 0
            ? new Prediction(null, 0)
            : new Prediction(entries[hits[0].Entry].Id, hits[0].Score) { Top = [.. hits.Select(h => entries[h.Entry].Id)] };
    }

    public void Dispose() => index.Dispose();
}
