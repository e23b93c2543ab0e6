namespace BotHost.Core.Faq.Evaluation;

// One line of an evaluation set. ExpectedId is null for a question the FAQ should not answer.
// Calibration marks the half used to fit the confidence model and threshold; the rest is held out.
public sealed record EvaluationQuestion(string? ExpectedId, string Text, bool Calibration)
{
    public bool InScope => ExpectedId is not null;

    // A tab-separated file with a header: expected_id, question; "-" as the id means off-topic.
    // Within each id, questions alternate between the calibration and the held-out half.
    public static IReadOnlyList<EvaluationQuestion> Load(string path)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var questions = new List<EvaluationQuestion>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || line[(tab + 1)..].Trim().Length == 0)
            {
                continue;
            }

            var id = line[..tab].Trim();
            var n = seen[id] = seen.GetValueOrDefault(id) + 1;
            questions.Add(new EvaluationQuestion(id == "-" ? null : id, line[(tab + 1)..].Trim(), n % 2 == 1));
        }

        return questions;
    }
}
