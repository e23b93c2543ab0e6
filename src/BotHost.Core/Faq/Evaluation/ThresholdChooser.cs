namespace BotHost.Core.Faq.Evaluation;

// Picks the confidence threshold on the development set: the one that answers the most in-scope
// questions correctly while keeping off-topic rejection at or above the target. Used the same way for
// every retriever compared, so the comparison is fair.
public static class ThresholdChooser
{
    public static double Choose(IReadOnlyList<EvaluationQuestion> questions, IReadOnlyList<Prediction> predictions, double offTopicTarget)
    {
        var scores = predictions.Where(p => p.Id is not null).Select(p => p.Score).Distinct().Order().ToList();
        var best = double.PositiveInfinity;
        var bestCorrect = -1;
        for (var i = 0; i < scores.Count; i++)
        {
            // Halfway between neighbouring scores, so the threshold does not sit exactly on a seen value.
            var threshold = i == 0 ? scores[0] : (scores[i - 1] + scores[i]) / 2;
            var metrics = EvaluationMetrics.Of(questions, predictions, threshold);
            if (metrics.OffTopicRejection >= offTopicTarget && metrics.ConfidentCorrect > bestCorrect)
            {
                (best, bestCorrect) = (threshold, metrics.ConfidentCorrect);
            }
        }

        return best;
    }
}
