using System.IO.Compression;

namespace BotHost.Core.Faq;

// About 40,000 common English words (SCOWL via Debian's wbritish-small) and 9,000 names of people, places,
// days and firms (the capitalised words of Debian's wbritish); licence in english-words.NOTICE.txt.
// A word on either list is never "corrected" into a word of the content: "reset" must not become "rest",
// nor "york" "work" or "john" "join".
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "english-words", "proper-names" })
        {
            using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream($"BotHost.Core.Faq.{list}.txt.gz")
                ?? throw new InvalidOperationException($"The word list {list} is missing from the assembly.");
            using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                words.Add(line);
            }
        }

        return words;
    }
}
