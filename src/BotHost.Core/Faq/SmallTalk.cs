namespace BotHost.Core.Faq;

// Greetings, thanks, jokes and chat (small-talk.txt): a question nearer to one of these than to every
// way of asking in the content is not a rights question, however well its words happen to match an
// entry ("tell me a joke" shares "joke" with harassment and nothing else). Embedded like the content,
// through the cache.
public static class SmallTalk
{
    private static readonly Lazy<string[]> Anchors = new(Load);

    public static IReadOnlyList<string> Lines => Anchors.Value;

    private static string[] Load()
    {
        using var stream = typeof(SmallTalk).Assembly.GetManifestResourceStream("BotHost.Core.Faq.small-talk.txt")
            ?? throw new InvalidOperationException("The small-talk list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
