using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Faq;

// The content's sentence vectors on disk, so that start-up and a reload embed only the texts that are
// new. One vector per text, keyed by SHA-256 of the model id and the text; the file holds keys and
// vectors, never the texts. Only content (ways of asking, titles) comes here: a worker's question is
// embedded in memory and never passes through this class (FaqEmbeddings.Question).
//
// The file: "BHFAQEMB", format version, dimensions, count, model id, then per vector its 32-byte key and
// its floats, then SHA-256 of all that. Anything that does not check out (truncated, edited, another
// model) is ignored and the file is written again: a bad cache costs time, never answers.
public sealed partial class EmbeddingCache(string? path, ILogger logger)
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "BHFAQEMB"u8.ToArray();

    private readonly Lock gate = new();
    private readonly Dictionary<Key, float[]> vectors = [];
    private readonly HashSet<Key> used = [];
    private string? loadedFor;

    public string? Path => path;

    // How many texts the last call had to embed (the rest came from the cache).
    public int LastEmbedded { get; private set; }

    public float[][] Vectors(IReadOnlyList<string> texts, ISentenceEmbedder embedder)
    {
        lock (gate)
        {
            if (loadedFor != embedder.ModelId)
            {
                vectors.Clear();
                used.Clear();
                Load(embedder);
                loadedFor = embedder.ModelId;
            }

            var keys = texts.Select(t => Key.Of(embedder.ModelId, t)).ToArray();
            var missing = Enumerable.Range(0, texts.Count).Where(i => !vectors.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToList();
            if (missing.Count > 0)
            {
                var embedded = embedder.Embed([.. missing.Select(i => texts[i])]);
                for (var m = 0; m < missing.Count; m++)
                {
                    vectors[keys[missing[m]]] = embedded[m];
                }
            }

            used.UnionWith(keys);
            LastEmbedded = missing.Count;
            if (missing.Count > 0)
            {
                Save(embedder);
            }

            return [.. keys.Select(k => vectors[k])];
        }
    }

    private void Load(ISentenceEmbedder embedder)
    {
        if (path is null || !File.Exists(path))
        {
            return;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (!TryParse(bytes, embedder, out var read))
            {
                Log.Rebuilt(logger, path);
                return;
            }

            foreach (var (key, vector) in read)
            {
                vectors[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.Unreadable(logger, path, ex.GetType().Name);
        }
    }

    private static bool TryParse(byte[] bytes, ISentenceEmbedder embedder, out List<(Key, float[])> read)
    {
        read = [];
        if (bytes.Length < Magic.Length + SHA256.HashSizeInBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return false;
        }

        var body = bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
        reader.ReadBytes(Magic.Length);
        var (version, dimensions, count) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var model = reader.ReadString();
        if (version != FormatVersion || dimensions != embedder.Dimensions || model != embedder.ModelId || count < 0
            || (long)count * (Key.Size + (dimensions * sizeof(float))) != body.Length - reader.BaseStream.Position)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var key = new Key(reader.ReadBytes(Key.Size));
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            read.Add((key, vector));
        }

        return true;
    }

    // Written to a temporary file and moved over the old one, so a crash mid-write leaves the old file.
    // The file keeps the vectors this process has used: an edited asking's old vector goes at the next
    // write after a restart.
    private void Save(ISentenceEmbedder embedder)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                var kept = used.Where(vectors.ContainsKey).ToList();
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(embedder.Dimensions);
                writer.Write(kept.Count);
                writer.Write(embedder.ModelId);
                foreach (var key in kept)
                {
                    writer.Write(key.Bytes);
                    foreach (var value in vectors[key])
                    {
                        writer.Write(value);
                    }
                }
            }

            buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, buffer.ToArray());
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.Unwritable(logger, path, ex.GetType().Name);
        }
    }

    private readonly record struct Key(byte[] Bytes)
    {
        public const int Size = 32;

        public static Key Of(string model, string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + text)));

        public bool Equals(Key other) => Bytes.AsSpan().SequenceEqual(other.Bytes);

        public override int GetHashCode() => BitConverter.ToInt32(Bytes, 0);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 330, Level = LogLevel.Warning, Message = "FAQ embedding cache {Path} is damaged or from another model; it is being rebuilt")]
        public static partial void Rebuilt(ILogger logger, string path);

        [LoggerMessage(EventId = 331, Level = LogLevel.Warning, Message = "FAQ embedding cache {Path} could not be read ({ErrorType}); the content is embedded again")]
        public static partial void Unreadable(ILogger logger, string path, string errorType);

        [LoggerMessage(EventId = 332, Level = LogLevel.Warning, Message = "FAQ embedding cache {Path} could not be written ({ErrorType}); the next start embeds the content again")]
        public static partial void Unwritable(ILogger logger, string path, string errorType);
    }
}
