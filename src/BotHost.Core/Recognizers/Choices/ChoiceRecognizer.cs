namespace BotHost.Core.Recognizers.Choices;

// Picks which of the offered choices a typed answer means: exactly ("Pay"), by synonym ("bossware" for
// Surveillance), by a word's start ("surv") or despite a typo ("surveilance", Damerau–Levenshtein with more
// edits allowed in longer words), or by number ("2"). Returns the best choice with its score, or null when
// nothing is close enough or two choices are about as close ("pay and overtime" with Pay and Hours offered).
public static class ChoiceRecognizer
{
    // Below this nothing is a match; a second choice within Margin of the best makes the answer ambiguous.
    private const double Threshold = 0.6;
    private const double Margin = 0.1;

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static ModelResult<FoundChoice>? Recognize(string text, IReadOnlyList<ChoiceOption> choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        var words = ChoiceText.Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        (ChoiceScore.Match Match, int Index, string Synonym)? best = null;
        var runnerUp = 0.0;
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            var (match, synonym) = Best(words, choice);
            if (best is null || match.Score > best.Value.Match.Score)
            {
                runnerUp = best?.Match.Score ?? 0;
                best = (match, index, synonym);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, match.Score);
            }
        }

        if (best is not { } winner || winner.Match.Score < Threshold || (winner.Match.Score < 1 && winner.Match.Score - runnerUp < Margin) || winner.Match.Score == runnerUp)
        {
            return ByNumber(text, words, choices);
        }

        var found = new FoundChoice(choices[winner.Index].Value, winner.Index, Math.Round(winner.Match.Score, 3), winner.Synonym);
        return new(TypeNames.Choice, text[winner.Match.Start..winner.Match.End], winner.Match.Start, winner.Match.End - winner.Match.Start, found);
    }

    private static (ChoiceScore.Match, string) Best(List<ChoiceText.Word> words, ChoiceOption choice)
    {
        var best = (ChoiceScore.Of(words, ChoiceText.Words(choice.Value)), choice.Value);
        foreach (var synonym in choice.Synonyms)
        {
            var match = ChoiceScore.Of(words, ChoiceText.Words(synonym));
            if (match.Score > best.Item1.Score)
            {
                best = (match, synonym);
            }
        }

        return best;
    }

    // "2", "second" or "the last one" picks by position, for channels where choices are numbered.
    private static ModelResult<FoundChoice>? ByNumber(string text, List<ChoiceText.Word> words, IReadOnlyList<ChoiceOption> choices)
    {
        if (words.Count is not 1 and not 2 || (words.Count == 2 && words[1].Text != "one"))
        {
            return null;
        }

        var word = words[0];
        var index = int.TryParse(word.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number - 1
            : word.Text == "last" ? choices.Count - 1
            : Array.IndexOf(Ordinals, word.Text);
        return index >= 0 && index < choices.Count
            ? new(TypeNames.Choice, text[word.Start..word.End], word.Start, word.End - word.Start, new FoundChoice(choices[index].Value, index, 1, word.Text))
            : null;
    }
}
