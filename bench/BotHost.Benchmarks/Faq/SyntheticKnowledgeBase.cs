using BotHost.Core.Faq;

namespace BotHost.Benchmarks.Faq;

// A knowledge base of any size that reads like the real one: every entry is built from the real
// entries' titles, questions, tags and answer sentences, recombined, with the real synonym map.
public static class SyntheticKnowledgeBase
{
    public static FaqContent Generate(FaqContent real, int count, int seed = 42)
    {
        var random = new Random(seed);
        var sentences = real.Entries.SelectMany(e => e.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var questions = real.Entries.SelectMany(e => e.Questions).ToArray();
        var words = real.Entries.SelectMany(e => FaqText.Tokens(e.Title + " " + e.Body)).Where(w => w.Length > 3).Distinct().ToArray();
        var entries = new List<FaqEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var source = real.Entries[i % real.Entries.Count];
            string Pick(string[] from) => from[random.Next(from.Length)];
            entries.Add(source with
            {
                Id = $"{source.Id}-{i}",
                Title = $"{source.Title}: {Pick(words)} {Pick(words)}",
                Questions = [.. source.Questions.Take(3), Pick(questions), Pick(questions), $"what about {Pick(words)} and {Pick(words)}"],
                Tags = [.. source.Tags, Pick(words)],
                Body = string.Join('\n', Enumerable.Range(0, 6).Select(_ => Pick(sentences)).Prepend(source.Body.Split('\n')[0])),
                File = $"{source.Id}-{i}.md",
            });
        }

        return new FaqContent(entries, real.Synonyms, []);
    }
}
