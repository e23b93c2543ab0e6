namespace BotHost.Core.Faq.Evaluation;

// One line of an evaluation set. ExpectedId is null for a question the FAQ should not answer.
// Development marks the development set, used to fit the models and the threshold and open to reading
// while tuning; the rest is the held-out test set, which is only ever scored.
public sealed record EvaluationQuestion(string? ExpectedId, string Text, bool Development)
{
    public bool InScope => ExpectedId is not null;

    // A tab-separated file with a header: expected_id, question; "-" as the id means off-topic.
    public static IReadOnlyList<EvaluationQuestion> Load(string path, bool development) =>
    [
        .. File.ReadLines(path).Skip(1)
            .Select(line => (line, tab: line.IndexOf('\t', StringComparison.Ordinal)))
            .Where(p => p.tab >= 0 && p.line[(p.tab + 1)..].Trim().Length > 0)
            .Select(p => (id: p.line[..p.tab].Trim(), text: p.line[(p.tab + 1)..].Trim()))
            .Select(p => new EvaluationQuestion(p.id == "-" ? null : p.id, p.text, development)),
    ];
}
