using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Faq;

// The FAQ in service: the retriever over the last good load of the content folder. A reload swaps it
// atomically; a file that breaks keeps its last good version, and a folder that yields nothing keeps
// the whole previous index, so an editing mistake never takes answers away.
public sealed partial class FaqLibrary(
    IOptions<FaqOptions> options,
    IHostEnvironment environment,
    IFaqIndexFactory indexes,
    ILogger<FaqLibrary> logger,
    ISentenceEmbedderFactory? embedders = null) : IDisposable
{
    private readonly Lock gate = new();
    private FaqEmbeddings? embeddings;
    private bool embeddingsTried;
    private FaqRetriever? current;
    private FaqRetriever? retired;
    private Dictionary<string, FaqEntry> lastGood = new(StringComparer.Ordinal);

    public FaqRetriever Current => Volatile.Read(ref current) ?? LoadFirst();

    public double Threshold => options.Value.ConfidenceThreshold;

    public FaqSourcePolicy Sources => new(options.Value.UnionSourceDomains);

    public IReadOnlyList<FaqFileError> LastErrors { get; private set; } = [];

    public string Folder => ResolveFolder(options.Value.ContentPath, environment.ContentRootPath);

    // A relative path is taken from the content root, and if it is not there, the copy shipped beside the
    // executable is used. An absolute path is an explicit choice and is used as it is.
    public static string ResolveFolder(string configured, string contentRoot)
    {
        var path = Path.GetFullPath(configured, contentRoot);
        var shipped = Path.Combine(AppContext.BaseDirectory, "content", "faq");
        return Path.IsPathRooted(configured) || Directory.Exists(path) || !Directory.Exists(shipped) ? path : shipped;
    }

    public FaqResult Search(string question) => Current.Search(question);

    public bool IsConfident(FaqResult result) => result.Best is not null && result.Confidence >= Threshold;

    // Loads the folder again. Returns the problems found (also logged with file names and reasons).
    public IReadOnlyList<FaqFileError> Reload()
    {
        lock (gate)
        {
            var folder = Folder;
            var content = FaqLoader.Load(folder, Sources);
            var kept = KeepLastGood(content, folder);
            foreach (var error in content.Errors)
            {
                Log.BadFile(logger, error.File, error.Reason);
            }

            LastErrors = content.Errors;
            if (kept.Entries.Count == 0 && current is not null)
            {
                Log.KeptIndex(logger, current.Content.Entries.Count);
                return content.Errors;
            }

            var started = Stopwatch.GetTimestamp();
            var next = new FaqRetriever(kept, indexes, FaqRetrievalSettings.Default, Embeddings);
            if (embeddings is not null)
            {
                var (texts, elapsed) = (kept.Entries.Sum(e => EntryVectors.Texts(e).Count()), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Log.Vectors(logger, embeddings.Cache.LastEmbedded, texts, elapsed);
            }

            lastGood = kept.Entries.ToDictionary(e => e.File, StringComparer.Ordinal);
            retired?.Dispose();
            retired = current;
            Volatile.Write(ref current, next);
            Log.Loaded(logger, kept.Entries.Count, content.Errors.Count);
            return content.Errors;
        }
    }

    // The sentence-embedding model, loaded once with the first content (about a second); null when it is
    // turned off or cannot be loaded here, and then the FAQ ranks lexically.
    public FaqEmbeddings? Embeddings
    {
        get
        {
            lock (gate)
            {
                if (!embeddingsTried)
                {
                    embeddingsTried = true;
                    embeddings = LoadEmbeddings();
                }

                return embeddings;
            }
        }
    }

    private FaqEmbeddings? LoadEmbeddings()
    {
        if (!options.Value.Embeddings || embedders?.Create() is not { } embedder)
        {
            Log.Lexical(logger);
            return null;
        }

        var path = options.Value.EmbeddingCachePath is { Length: > 0 } configured ? Path.GetFullPath(configured, environment.ContentRootPath) : null;
        return new FaqEmbeddings(embedder, new EmbeddingCache(path, logger));
    }

    // A file that was good before and is broken now keeps serving its previous version.
    private FaqContent KeepLastGood(FaqContent content, string folder)
    {
        var entries = content.Entries.ToList();
        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var error in content.Errors)
        {
            if (lastGood.TryGetValue(error.File, out var previous) && File.Exists(Path.Combine(folder, error.File)) && ids.Add(previous.Id))
            {
                entries.Add(previous);
                Log.KeptEntry(logger, error.File);
            }
        }

        var synonyms = content.Errors.Any(e => e.File == SynonymFile.Name) && current is not null
            ? current.Content.Synonyms
            : content.Synonyms;
        return content with { Entries = entries, Synonyms = synonyms };
    }

    private FaqRetriever LoadFirst()
    {
        lock (gate)
        {
            if (current is null)
            {
                Reload();
            }

            // Nothing loadable at all: an empty FAQ answers nothing, and says so, rather than failing turns.
            return current ??= new FaqRetriever(FaqContent.Empty, indexes, FaqRetrievalSettings.Default);
        }
    }

    public void Dispose()
    {
        retired?.Dispose();
        current?.Dispose();
        embeddings?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "FAQ loaded: {Entries} entries, {Errors} problem file(s)")]
        public static partial void Loaded(ILogger logger, int entries, int errors);

        [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "FAQ file skipped: {File}: {Reason}")]
        public static partial void BadFile(ILogger logger, string file, string reason);

        [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "FAQ file {File} is broken; its last good version stays in service")]
        public static partial void KeptEntry(ILogger logger, string file);

        [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "FAQ sentence vectors ready: {Embedded} of {Texts} texts embedded, the rest from the cache ({Milliseconds:0} ms for the load)")]
        public static partial void Vectors(ILogger logger, int embedded, int texts, double milliseconds);

        [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "FAQ ranks lexically only (sentence embeddings off or not available)")]
        public static partial void Lexical(ILogger logger);

        [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "FAQ folder gave no usable entry; the previous index ({Entries} entries) stays in service")]
        public static partial void KeptIndex(ILogger logger, int entries);
    }
}
