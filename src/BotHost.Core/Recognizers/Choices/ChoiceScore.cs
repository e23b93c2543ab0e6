namespace BotHost.Core.Recognizers.Choices;

// How well an answer's words match one way of saying a choice, from 0 to 1. A word matches exactly (1),
// as a plural (0.95), as the start of a longer word ("surv", up to 0.9), or with a few typos (up to 0.9).
// The score rewards saying all of the choice's words (recall) and not much else (precision), and takes
// the better of the two readings so "monitoring" still matches "Surveillance and monitoring".
internal static class ChoiceScore
{
    public readonly record struct Match(double Score, int Start, int End);

    public static Match Of(List<ChoiceText.Word> answer, List<ChoiceText.Word> choice)
    {
        if (answer.Count == 0 || choice.Count == 0)
        {
            return default;
        }

        var precision = 0.0;
        var (start, end) = (int.MaxValue, 0);
        foreach (var word in answer)
        {
            var best = 0.0;
            foreach (var term in choice)
            {
                best = Math.Max(best, Word(word.Text, term.Text));
            }

            precision += best;
            if (best > 0)
            {
                (start, end) = (Math.Min(start, word.Start), Math.Max(end, word.End));
            }
        }

        var recall = 0.0;
        foreach (var term in choice)
        {
            var best = 0.0;
            foreach (var word in answer)
            {
                best = Math.Max(best, Word(word.Text, term.Text));
            }

            recall += best;
        }

        (precision, recall) = (precision / answer.Count, recall / choice.Count);
        var score = Math.Max(recall * (0.75 + (0.25 * precision)), precision * (0.7 + (0.2 * recall)));
        return score > 0 ? new(score, start, end) : default;
    }

    public static double Word(string said, string term)
    {
        if (said == term)
        {
            return 1;
        }

        if (IsPlural(said, term) || IsPlural(term, said))
        {
            return 0.95;
        }

        if (said.Length >= 3 && term.StartsWith(said, StringComparison.Ordinal))
        {
            return 0.6 + (0.3 * said.Length / term.Length);
        }

        if (term.Length >= 4 && said.StartsWith(term, StringComparison.Ordinal))
        {
            return 0.85;
        }

        var allowed = term.Length switch { < 4 => 0, < 6 => 1, < 10 => 2, _ => 3 };
        var distance = allowed == 0 ? 1 : EditDistance.Between(said, term, allowed);
        return distance <= allowed ? Math.Min(0.9, 1 - ((double)distance / term.Length)) : 0;
    }

    private static bool IsPlural(string word, string of) =>
        word.Length > of.Length && word.StartsWith(of, StringComparison.Ordinal) && word.AsSpan(of.Length) is "s" or "es";
}
