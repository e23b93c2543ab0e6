using System.Text;

namespace BotHost.Core.Faq;

// Turns what a worker typed (or an organiser wrote) into comparable words: lower case, punctuation
// dropped, "a.i." and "don't" joined up, American spellings and chat shorthand mapped to one form.
public static class FaqText
{
    public static List<string> Tokens(string text) => Tokens(text, normalise: true);

    // Without normalising spelling: the words as typed, lower-cased (for the plain baseline).
    public static List<string> Tokens(string text, bool normalise)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (IsJoiner(c) && word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // "don't" -> "dont", "a.i." -> "ai": the mark is inside a word, so the word goes on.
                continue;
            }
            else
            {
                Flush(word, tokens, normalise);
            }
        }

        Flush(word, tokens, normalise);
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '\u2018' or '.';

    private static void Flush(StringBuilder word, List<string> tokens, bool normalise)
    {
        if (word.Length == 0)
        {
            return;
        }

        tokens.Add(normalise ? Spelling.Normalise(word.ToString()) : word.ToString());
        word.Clear();
    }
}
