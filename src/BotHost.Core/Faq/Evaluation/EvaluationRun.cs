using System.Globalization;
using System.Text;

namespace BotHost.Core.Faq.Evaluation;

// One retriever scored on an evaluation set: on everything, on the development set and on the held-out set.
public sealed record EvaluationRun(string Name, double Threshold, EvaluationMetrics All, EvaluationMetrics Development, EvaluationMetrics HeldOut)
{
    public const double OffTopicTarget = 0.97;

    // With no threshold given, it is chosen on the development set (ThresholdChooser).
    public static EvaluationRun Of(string name, IReadOnlyList<EvaluationQuestion> questions, IReadOnlyList<Prediction> predictions, double? threshold = null)
    {
        var development = Part(questions, predictions, development: true);
        var heldOut = Part(questions, predictions, development: false);
        var chosen = threshold ?? ThresholdChooser.Choose(development.Questions, development.Predictions, OffTopicTarget);
        return new EvaluationRun(
            name,
            chosen,
            EvaluationMetrics.Of(questions, predictions, chosen),
            EvaluationMetrics.Of(development.Questions, development.Predictions, chosen),
            EvaluationMetrics.Of(heldOut.Questions, heldOut.Predictions, chosen));
    }

    public static string Table(params EvaluationRun[] runs)
    {
        var text = new StringBuilder();
        text.AppendLine("| Retriever | Set | In-scope | Top-1 | Top-3 | Answered right | Answered wrong | Off-topic | Off-topic not answered | Threshold |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            foreach (var (set, m) in new[] { ("all", run.All), ("development", run.Development), ("held-out", run.HeldOut) })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {run.Name} | {set} | {m.InScope} | {m.Top1Accuracy:P1} | {m.Top3Accuracy:P1} | {m.AnsweredCorrectly:P1} | {m.AnsweredWrongly:P1} | {m.OffTopic} | {m.OffTopicRejection:P1} | {run.Threshold:0.###} |");
            }
        }

        return text.ToString();
    }

    private static (List<EvaluationQuestion> Questions, List<Prediction> Predictions) Part(IReadOnlyList<EvaluationQuestion> questions, IReadOnlyList<Prediction> predictions, bool development)
    {
        var indexes = Enumerable.Range(0, questions.Count).Where(i => questions[i].Development == development).ToList();
        return ([.. indexes.Select(i => questions[i])], [.. indexes.Select(i => predictions[i])]);
    }
}
