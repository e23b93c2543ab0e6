using System.Globalization;
using System.Text;

namespace BotHost.Core.Faq.Evaluation;

// Runs this retriever and the plain bm25 baseline over the same questions in the same process.
public sealed record FaqEvaluation(EvaluationRun Ours, EvaluationRun Plain, ConfidenceModel Model, IReadOnlyList<string> Misses)
{
    public string Recall { get; init; } = "";

    public static FaqEvaluation Run(FaqContent content, IFaqIndexFactory factory, IReadOnlyList<EvaluationQuestion> questions, double threshold, bool fit = false, FaqRetrievalSettings? tuned = null)
    {
        var settings = tuned ?? FaqRetrievalSettings.Default;
        if (fit)
        {
            using var unfitted = new FaqRetriever(content, factory, settings);
            var calibration = questions.Where(q => q.Calibration).ToList();
            var results = calibration.Select(q => unfitted.Search(q.Text)).ToList();
            settings = settings with
            {
                Confidence = LogisticFit.Fit(
                    [.. results.Select(r => r.Features.ToArray())],
                    [.. calibration.Select((q, i) => q.InScope && results[i].Best?.Entry.Id == q.ExpectedId)]),
            };
        }

        using var retriever = new FaqRetriever(content, factory, settings);
        var searched = questions.Select(q => retriever.Search(q.Text)).ToList();
        var ours = EvaluationRun.Of("ours", questions, [.. searched.Select(r => new Prediction(r.Best?.Entry.Id, r.Confidence))], fit ? null : threshold);

        using var plain = new PlainBm25(content, factory);
        var baseline = EvaluationRun.Of("plain FTS5 bm25", questions, [.. questions.Select(q => plain.Predict(q.Text))]);
        var recall = string.Join(" ", new[] { 1, 2, 3, 5, 10 }.Select(k => string.Create(CultureInfo.InvariantCulture,
            $"R@{k} {questions.Select((q, i) => (q, i)).Count(p => p.q.InScope && p.q.Calibration && searched[p.i].Candidates.Take(k).Any(c => c.Entry.Id == p.q.ExpectedId))}")));
        return new FaqEvaluation(ours, baseline, settings.Confidence, FindMisses(questions, searched, ours.Threshold)) { Recall = "calibration recall (of 123): " + recall };
    }

    public string Describe(bool withMisses)
    {
        var text = new StringBuilder(EvaluationRun.Table(Ours, Plain));
        text.AppendLine(CultureInfo.InvariantCulture, $"Confidence model: intercept {Model.Intercept}, weights [{string.Join(", ", Model.Weights)}]");
        if (withMisses)
        {
            text.AppendLine(Recall);
            text.AppendLine("Calibration-half misses (expected -> got, confidence):");
            foreach (var miss in Misses)
            {
                text.AppendLine(miss);
            }
        }

        return text.ToString();
    }

    // Only the calibration half is listed: the held-out half stays unseen while tuning.
    private static List<string> FindMisses(IReadOnlyList<EvaluationQuestion> questions, List<FaqResult> results, double threshold)
    {
        var misses = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            var (q, r) = (questions[i], results[i]);
            var got = r.Best?.Entry.Id;
            var confident = got is not null && r.Confidence >= threshold;
            if (q.Calibration && (q.InScope ? got != q.ExpectedId || !confident : confident))
            {
                var f = r.Features;
                misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {q.ExpectedId ?? "-"} -> {got ?? "null"} {r.Confidence:0.00} [s {f.Score:0.00} g {f.Gap:0.00} c {f.Coverage:0.00} a {f.Asking:0.00} e {f.EntryCoverage:0.00}] {q.Text}  {{{string.Join(' ', r.Analysis.Terms)}}} unknown: {string.Join(' ', r.Analysis.Unknown)}"));
                misses.Add("      " + string.Join(" | ", r.Candidates.Take(4).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Entry.Id} {c.Score:0.00}=b{c.Bm25:0.00}+a{c.Asking:0.00}+e{c.EntryCoverage:0.00}"))));
            }
        }

        return misses;
    }
}
