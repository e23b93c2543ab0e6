namespace BotHost.Core.Faq.Evaluation;

// Fits the ranking weights as a conditional logit: for each question, a softmax over its candidates
// should put the right entry first. Questions whose right entry is not among the candidates teach nothing.
public static class RankerFit
{
    public static RankingModel Fit(IReadOnlyList<(double[][] Candidates, int Correct)> questions, double l2 = 0.001, int iterations = 10000, double rate = 0.5)
    {
        var k = questions[0].Candidates[0].Length;
        var w = new double[k];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[k];
            foreach (var (candidates, correct) in questions)
            {
                var scores = candidates.Select(x => x.Zip(w, (a, b) => a * b).Sum()).ToArray();
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var sum = exp.Sum();
                for (var c = 0; c < candidates.Length; c++)
                {
                    var p = exp[c] / sum;
                    for (var j = 0; j < k; j++)
                    {
                        gradient[j] += (p - (c == correct ? 1 : 0)) * candidates[c][j];
                    }
                }
            }

            for (var j = 0; j < k; j++)
            {
                w[j] -= rate * ((gradient[j] / questions.Count) + (l2 * w[j]));
            }
        }

        return new RankingModel([.. w.Select(x => Math.Round(x, 3))]);
    }
}
