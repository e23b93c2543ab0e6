namespace BotHost.Core.Faq;

// Groups of words and phrases that mean the same thing ("wfh", "work from home", "remote working"). Each
// group gets a concept term; wherever any of its phrases appears, in an entry or a question, the concept
// term is added, so "wfh" finds an answer that only says "working from home".
public sealed class SynonymMap
{
    public static readonly SynonymMap Empty = new([]);

    private readonly Dictionary<string, List<(string[] Words, string Concept)>> byFirstWord = new(StringComparer.Ordinal);

    public SynonymMap(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        foreach (var group in groups)
        {
            var concept = ConceptTerm(group[0]);
            foreach (var phrase in group)
            {
                var words = FaqText.Tokens(phrase).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add((words, concept));
                Words.UnionWith(words);
            }
        }

        foreach (var list in byFirstWord.Values)
        {
            // Longest phrase first, so "remote working" wins over "remote".
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    // Every word that appears in some phrase: known to the bot even if no entry uses it.
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    // The concept terms of every phrase found in the tokens, once per occurrence.
    public List<string> Concepts(IReadOnlyList<string> tokens)
    {
        var found = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byFirstWord.TryGetValue(tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var (words, concept) in candidates)
            {
                if (Matches(tokens, i, words))
                {
                    found.Add(concept);
                    break;
                }
            }
        }

        return found;
    }

    // Phrase words in order; one pronoun may sit between them ("sign me up", "lay us off").
    private static bool Matches(IReadOnlyList<string> tokens, int start, string[] words)
    {
        var k = start + 1;
        var skipped = false;
        for (var j = 1; j < words.Length; j++, k++)
        {
            if (k < tokens.Count && tokens[k] != words[j] && !skipped && Pronouns.Contains(tokens[k]))
            {
                skipped = true;
                k++;
            }

            if (k >= tokens.Count || tokens[k] != words[j])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> Pronouns = ["me", "us", "him", "her", "them", "you", "it"];

    // A made-up word no text contains: "syn" and the group's first phrase, letters and digits only.
    private static string ConceptTerm(string first) => "syn" + string.Concat(FaqText.Tokens(first));
}
