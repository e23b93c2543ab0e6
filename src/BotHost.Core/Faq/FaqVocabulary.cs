namespace BotHost.Core.Faq;

// The words the content uses: surface forms with their counts (for typo correction) and stems with the
// number of entries that use them (for weighting).
public sealed class FaqVocabulary
{
    private readonly Dictionary<string, int> entriesByStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> stems = new(StringComparer.Ordinal);

    public FaqVocabulary(IReadOnlyList<AnalysedText> entries, IEnumerable<string> synonymWords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var word in entry.Words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            foreach (var stem in entry.Terms.Select(PorterStemmer.Stem).Distinct())
            {
                entriesByStem[stem] = entriesByStem.GetValueOrDefault(stem) + 1;
            }
        }

        foreach (var word in synonymWords.Where(w => !Stopwords.Contains(w)))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        stems.UnionWith(counts.Keys.Select(PorterStemmer.Stem));
        Entries = entries.Count;
        Typos = new TypoCorrector(counts.Where(p => !p.Key.Any(char.IsAsciiDigit)).ToDictionary(p => p.Key, p => p.Value));
    }

    public int Entries { get; }

    public TypoCorrector Typos { get; }

    public int WordCount => stems.Count;

    // Robertson-Sparck Jones weight, floored so that a word in most entries still counts a little.
    public double Idf(string stem)
    {
        var n = entriesByStem.GetValueOrDefault(stem);
        return Math.Max(0.05, Math.Log(((Entries - n + 0.5) / (n + 0.5)) + 1));
    }

    // The share of entries that use the stem.
    public double Share(string stem) => Entries == 0 ? 0 : (double)entriesByStem.GetValueOrDefault(stem) / Entries;

    public bool Knows(string word) => stems.Contains(PorterStemmer.Stem(word));
}
