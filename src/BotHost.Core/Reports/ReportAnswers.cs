using BotHost.Core.Conversation;

namespace BotHost.Core.Reports;

// Reads a typed answer to a choice question: the label, a synonym, or a button value.
public static class ReportAnswers
{
    public static T? Match<T>(IReadOnlyList<ReportChoices.Option<T>> options, string text) where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: true, out var direct) && Enum.IsDefined(direct))
        {
            return direct;
        }

        var normal = IntentRouter.Normalise(text);
        foreach (var option in options)
        {
            if (IntentRouter.Normalise(option.Label) == normal || option.Synonyms.Contains(normal))
            {
                return option.Value;
            }
        }

        // A synonym inside a longer answer ("it's about pay"), when exactly one option has one.
        var padded = " " + normal + " ";
        var hits = options.Where(o => o.Synonyms.Any(s => s.Length > 2 && padded.Contains(" " + s + " ", StringComparison.Ordinal))).ToList();
        return hits.Count == 1 ? hits[0].Value : null;
    }
}
