using System.Collections.Frozen;

namespace BotHost.Core.Recognizers.Choices;

// Words of an answer or a choice, lower-cased, apostrophes dropped ("it's" → "its"), with filler words
// ("it's about AI stuff" → "ai") left out unless nothing else is left.
internal static class ChoiceText
{
    public readonly record struct Word(string Text, int Start, int End);

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "it", "its", "is", "was", "were", "be", "been", "about", "my", "our", "me", "i", "im", "ive", "we",
        "of", "and", "or", "to", "for", "on", "in", "at", "with", "by", "stuff", "things", "thing", "issue", "issues",
        "problem", "problems", "related", "something", "some", "kind", "sort", "bit", "like", "re", "regarding", "think",
        "probably", "maybe", "just", "really", "that", "this", "um", "er", "please", "thanks", "mostly", "mainly",
        "basically", "question", "questions", "etc", "general",
    ]);

    public static List<Word> Words(string text)
    {
        var all = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var letters = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                letters += char.IsLetterOrDigit(text[i]) ? 1 : 0;
                i++;
            }

            all.Add(new(Lower(text.AsSpan(start, i - start), letters), start, i));
        }

        var content = all.FindAll(w => !Fillers.Contains(w.Text));
        return content.Count > 0 ? content : all;
    }

    private static string Lower(ReadOnlySpan<char> word, int letters)
    {
        Span<char> buffer = letters <= 128 ? stackalloc char[letters] : new char[letters];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer);
    }
}
