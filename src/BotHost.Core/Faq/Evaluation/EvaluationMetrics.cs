namespace BotHost.Core.Faq.Evaluation;

// The two goals (top-1 accuracy in scope, off-topic questions not answered with confidence),
// and what the threshold costs in scope.
public sealed record EvaluationMetrics(int InScope, int Top1, int ConfidentCorrect, int ConfidentWrong, int OffTopic, int OffTopicRejected)
{
    // In-scope questions whose expected entry is among the top three.
    public int Top3 { get; init; }

    public double Top3Accuracy => Share(Top3, InScope);

    public double Top1Accuracy => Share(Top1, InScope);
    public double AnsweredCorrectly => Share(ConfidentCorrect, InScope);
    public double AnsweredWrongly => Share(ConfidentWrong, InScope);
    public double OffTopicRejection => Share(OffTopicRejected, OffTopic);

    public static EvaluationMetrics Of(IReadOnlyList<EvaluationQuestion> questions, IReadOnlyList<Prediction> predictions, double threshold)
    {
        int inScope = 0, top1 = 0, top3 = 0, confidentCorrect = 0, confidentWrong = 0, offTopic = 0, rejected = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var (question, prediction) = (questions[i], predictions[i]);
            var confident = prediction.Id is not null && prediction.Score >= threshold;
            if (question.InScope)
            {
                inScope++;
                var correct = prediction.Id == question.ExpectedId;
                top1 += correct ? 1 : 0;
                top3 += correct || prediction.Top.Take(3).Contains(question.ExpectedId) ? 1 : 0;
                confidentCorrect += confident && correct ? 1 : 0;
                confidentWrong += confident && !correct ? 1 : 0;
            }
            else
            {
                offTopic++;
                rejected += confident ? 0 : 1;
            }
        }

        return new EvaluationMetrics(inScope, top1, confidentCorrect, confidentWrong, offTopic, rejected) { Top3 = top3 };
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
