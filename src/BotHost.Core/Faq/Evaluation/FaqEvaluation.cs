using System.Globalization;
using System.Text;

namespace BotHost.Core.Faq.Evaluation;

// Runs this retriever and the plain bm25 baseline over the same questions in the same process.
public sealed record FaqEvaluation(EvaluationRun Ours, EvaluationRun Plain, FaqRetrievalSettings Settings, IReadOnlyList<string> Misses)
{
    public string Reliability { get; init; } = "";

    // How many development questions went through the embedding model, and what the lexical gate passed.
    public string Gate { get; init; } = "";

    public static FaqEvaluation Run(FaqContent content, IFaqIndexFactory factory, IReadOnlyList<EvaluationQuestion> questions, double threshold, bool fit = false, FaqRetrievalSettings? tuned = null, FaqEmbeddings? embeddings = null)
    {
        var settings = tuned ?? FaqRetrievalSettings.Default;
        if (fit)
        {
            settings = Fit(content, factory, questions.Where(q => q.Development).ToList(), settings, embeddings);
        }

        using var retriever = new FaqRetriever(content, factory, settings, embeddings);
        var searched = questions.Select(q => retriever.Search(q.Text)).ToList();
        var predictions = searched.Select(r => new Prediction(r.Best?.Entry.Id, r.Confidence) { Top = [.. r.Candidates.Take(3).Select(c => c.Entry.Id)] });
        var ours = EvaluationRun.Of(embeddings is null ? "ours (lexical)" : "ours", questions, [.. predictions], fit ? null : threshold);

        using var plain = new PlainBm25(content, factory);
        var baseline = EvaluationRun.Of("plain FTS5 bm25", questions, [.. questions.Select(q => plain.Predict(q.Text))]);
        return new FaqEvaluation(ours, baseline, settings, FindMisses(questions, searched, ours.Threshold))
        {
            Reliability = ReliabilityTable(questions, searched),
            Gate = GateLine(questions, searched, settings),
        };
    }

    public string Describe(bool withMisses)
    {
        var text = new StringBuilder(EvaluationRun.Table(Ours, Plain));
        text.AppendLine(Reliability);
        text.AppendLine(Gate);
        text.AppendLine(CultureInfo.InvariantCulture, $"Ranking weights: [{string.Join(", ", Settings.Ranking.Weights)}]");
        text.AppendLine(CultureInfo.InvariantCulture, $"Confidence model: intercept {Settings.Confidence.Intercept}, weights [{string.Join(", ", Settings.Confidence.Weights)}]");
        text.AppendLine(CultureInfo.InvariantCulture, $"Hybrid ranking weights: [{string.Join(", ", Settings.HybridRanking.Weights)}]");
        text.AppendLine(CultureInfo.InvariantCulture, $"Hybrid confidence model: intercept {Settings.HybridConfidence.Intercept}, weights [{string.Join(", ", Settings.HybridConfidence.Weights)}]");
        if (withMisses)
        {
            text.AppendLine("Development-set misses (expected -> got, confidence, embedded):");
            foreach (var miss in Misses)
            {
                text.AppendLine(miss);
            }
        }

        return text.ToString();
    }

    // Does the confidence mean what it says? Per band: how many questions, the mean confidence, and how
    // often the top answer was in fact right (an off-topic question is never right), on all questions.
    private static string ReliabilityTable(IReadOnlyList<EvaluationQuestion> questions, List<FaqResult> results)
    {
        var text = new StringBuilder("Reliability (confidence band: questions, mean confidence, share right):");
        for (var band = 0; band < 5; band++)
        {
            var (low, high) = (band * 0.2, band == 4 ? 1.01 : (band + 1) * 0.2);
            var inBand = questions.Select((q, i) => (q, r: results[i])).Where(p => p.r.Confidence >= low && p.r.Confidence < high).ToList();
            var right = inBand.Count(p => p.q.InScope && p.r.Best?.Entry.Id == p.q.ExpectedId);
            text.Append(CultureInfo.InvariantCulture, $" [{low:0.0}-{Math.Min(high, 1):0.0}): {inBand.Count}, {(inBand.Count == 0 ? 0 : inBand.Average(p => p.r.Confidence)):0.00}, {(inBand.Count == 0 ? 0 : (double)right / inBand.Count):0.00};");
        }

        return text.ToString();
    }

    // On the development set only: how many questions the lexical ranking was sure of on its own (and so
    // were never embedded), how many of those it got wrong, and how many of those were off-topic.
    private static string GateLine(IReadOnlyList<EvaluationQuestion> questions, List<FaqResult> results, FaqRetrievalSettings settings)
    {
        var development = questions.Select((q, i) => (q, r: results[i])).Where(p => p.q.Development).ToList();
        var sure = development.Where(p => p.r.Lexical is { } l && l.Confidence >= settings.LexicalSure).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"Development set: {development.Count(p => p.r.Embedded)} of {development.Count} questions embedded; lexically sure (>= {settings.LexicalSure}): {sure.Count}, of them wrong {sure.Count(p => p.q.InScope && p.r.Lexical!.Top.Id != p.q.ExpectedId)}, off-topic {sure.Count(p => !p.q.InScope)}");
    }

    // Ranking first (conditional logit over each question's candidates), then confidence (logistic on
    // whether the new top answer is right). Both learn from the content's own questions searched against
    // the content without them (ContentFolds) and from the development set; never from the held-out set.
    // With embeddings, every question is embedded while fitting, and the hybrid models are fitted beside the
    // lexical ones: the hybrid confidence on the questions the lexical ranking is not sure of, the only
    // ones it will judge.
    public static FaqRetrievalSettings Fit(FaqContent content, IFaqIndexFactory factory, IReadOnlyList<EvaluationQuestion> development, FaqRetrievalSettings settings, FaqEmbeddings? embeddings = null)
    {
        var always = settings with { LexicalSure = double.PositiveInfinity };
        var ranked = Searched(content, factory, development, always, embeddings)
            .Where(p => p.Question.InScope)
            .Select(p => (p.Result.Candidates, Correct: p.Result.Candidates.ToList().FindIndex(c => c.Entry.Id == p.Question.ExpectedId)))
            .Where(p => p.Correct >= 0 && p.Candidates.Count > 1)
            .ToList();
        always = always with
        {
            Ranking = RankerFit.Fit([.. ranked.Select(p => (p.Candidates.Select(c => c.Features.ToArray()).ToArray(), p.Correct))]),
            HybridRanking = embeddings is null ? settings.HybridRanking : RankerFit.Fit([.. ranked.Select(p => (p.Candidates.Select(c => c.Features.HybridArray()).ToArray(), p.Correct))]),
        };

        var results = Searched(content, factory, development, always, embeddings);
        var confidence = LogisticFit.Fit(
            [.. results.Select(p => (p.Result.Lexical?.Features ?? ConfidenceFeatures.None).ToArray())],
            [.. results.Select(p => p.Question.InScope && p.Result.Lexical?.Top.Id == p.Question.ExpectedId)]);
        var unsure = results.Where(p => p.Result.Lexical is { } l && confidence.Probability(l.Features) < settings.LexicalSure).ToList();
        var hybrid = embeddings is null || unsure.Count == 0
            ? settings.HybridConfidence
            : LogisticFit.Fit(
                [.. unsure.Select(p => p.Result.Features.HybridArray())],
                [.. unsure.Select(p => p.Question.InScope && p.Result.Best?.Entry.Id == p.Question.ExpectedId)]);
        return settings with { Ranking = always.Ranking, HybridRanking = always.HybridRanking, Confidence = confidence, HybridConfidence = hybrid };
    }

    private static List<(EvaluationQuestion Question, FaqResult Result)> Searched(FaqContent content, IFaqIndexFactory factory, IReadOnlyList<EvaluationQuestion> development, FaqRetrievalSettings settings, FaqEmbeddings? embeddings)
    {
        var searched = ContentFolds.Search(content, factory, settings, embeddings);
        using var retriever = new FaqRetriever(content, factory, settings, embeddings);
        searched.AddRange(development.Select(q => (q, retriever.Search(q.Text))));
        return searched;
    }

    // Only the development set is listed: the held-out set stays unseen while tuning.
    private static List<string> FindMisses(IReadOnlyList<EvaluationQuestion> questions, List<FaqResult> results, double threshold)
    {
        var misses = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            var (q, r) = (questions[i], results[i]);
            var got = r.Best?.Entry.Id;
            var confident = got is not null && r.Confidence >= threshold;
            if (q.Development && (q.InScope ? got != q.ExpectedId || !confident : confident))
            {
                var f = r.Features;
                misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {q.ExpectedId ?? "-"} -> {got ?? "null"} {r.Confidence:0.00} {(r.Embedded ? "E" : "L")}{r.Lexical?.Confidence:0.00} [{string.Join(' ', f.HybridArray().Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}] {q.Text}  {{{string.Join(' ', r.Analysis.Terms)}}} unknown: {string.Join(' ', r.Analysis.Unknown)}"));
                misses.Add("      " + string.Join(" | ", r.Candidates.Take(4).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Entry.Id} {c.Score:0.00} ({string.Join(' ', c.Features.HybridArray().Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))})"))));
            }
        }

        return misses;
    }
}
