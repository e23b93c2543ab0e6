using System.IO.Compression;

namespace BotHost.Core.Faq;

// About 40,000 common English words (SCOWL via Debian's wbritish-small; licence in english-words.NOTICE.txt).
// A word on this list is never "corrected" into a word of the content: "reset" must not become "rest".
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("BotHost.Core.Faq.english-words.txt.gz")
            ?? throw new InvalidOperationException("The English word list is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words;
    }
}
