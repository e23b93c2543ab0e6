namespace BotHost.Core.Faq.Evaluation;

// Training questions from the content itself: each entry's ways of asking are split into folds, and
// each fold is searched against the content without it. A model fitted on these learns how the
// features behave for a question the content does not already contain, from about a thousand questions
// rather than the few hundred of the development set.
public static class ContentFolds
{
    public const int Folds = 5;

    public static List<(EvaluationQuestion Question, FaqResult Result)> Search(FaqContent content, IFaqIndexFactory factory, FaqRetrievalSettings settings, FaqEmbeddings? embeddings = null)
    {
        var searched = new List<(EvaluationQuestion, FaqResult)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var f = fold;
            var reduced = content with
            {
                Entries = [.. content.Entries.Select(e => e with { Questions = [.. e.Questions.Where((_, i) => i % Folds != f)] })],
            };
            using var retriever = new FaqRetriever(reduced, factory, settings, embeddings);
            foreach (var entry in content.Entries)
            {
                foreach (var question in entry.Questions.Where((_, i) => i % Folds == f))
                {
                    searched.Add((new EvaluationQuestion(entry.Id, question, Development: true), retriever.Search(question)));
                }
            }
        }

        return searched;
    }
}
