using System.Text;
using BERTTokenizers.Base;
using BotHost.Core.Faq;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace BotHost.Embeddings;

// Runs a packaged sentence-embedding model with ONNX Runtime on one thread: the host answers on one core,
// and a second thread would only contend with the request it is serving. The package's own encoder asks
// for every output and pools with one small allocation per number (about 3x the model's own time), so
// this class feeds the model itself and pools over the token vectors in place.
public sealed class OnnxSentenceEmbedder : ISentenceEmbedder
{
    // Tokens per text, [CLS] and [SEP] included. Ways of asking are far shorter; a long question keeps its
    // first 60-odd words, which bounds the cost of a pasted essay.
    public const int MaxTokens = 64;

    private const int Batch = 32;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly EmbeddingModel model;
    private static int compacted;

    private readonly SessionOptions options;
    private readonly InferenceSession session;
    private readonly TokenizerBase tokenizer;
    private readonly long separator;

    public OnnxSentenceEmbedder(EmbeddingModel model)
    {
        this.model = model;
        options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,

            // One short question at a time: an arena sized for the largest batch ever seen would stay that size.
            EnableCpuMemArena = false,
        };

        // A spinning worker thread would burn the one core between requests.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session = new InferenceSession(ResourceLoader.GetResource(model.Package, "model.onnx"), options);

        // ONNX Runtime keeps its own copy of the model: the managed copy (about 90 MB) goes back to the
        // system now rather than whenever a full collection happens to compact the large object heap. Once a
        // process: the first load is the host's start, when the heap is small; a process that builds many
        // hosts (the tests) would otherwise pay a full compacting collection of a large heap for each.
        if (Interlocked.Exchange(ref compacted, 1) == 0)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
        }

        tokenizer = model.Tokenizer();
        separator = tokenizer.Tokenize(2, "")[0][^1].VocabularyIndex;
        Dimensions = (int)session.OutputMetadata[OutputNames[0]].Dimensions[^1];
    }

    public string ModelId => model.Id;

    public int Dimensions { get; }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        var ids = texts.Select(Tokens).ToArray();

        // Longest first, in batches of similar length, so that little of each batch is padding.
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => ids[i].Length).ToArray();
        foreach (var chunk in order.Chunk(Batch))
        {
            var pooled = Run([.. chunk.Select(i => ids[i])]);
            for (var c = 0; c < chunk.Length; c++)
            {
                vectors[chunk[c]] = pooled[c];
            }
        }

        return vectors;
    }

    private long[] Tokens(string text)
    {
        var tokens = tokenizer.Tokenize(MaxTokens, Clean(text))[0];
        var ids = tokens.Select(t => (long)t.VocabularyIndex).ToList();
        if (ids[^1] != separator)
        {
            ids = [.. ids.Take(MaxTokens - 1), separator];
        }

        return [.. ids];
    }

    // The package's tokenizer splits words on spaces only and knows straight quotes only.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }

        return clean.ToString();
    }

    private float[][] Run(long[][] batch)
    {
        var (count, length) = (batch.Length, batch.Max(b => b.Length));
        var inputIds = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (var b = 0; b < count; b++)
        {
            batch[b].CopyTo(inputIds, b * length);
            mask.AsSpan(b * length, batch[b].Length).Fill(1);
        }

        long[] shape = [count, length];
        using var runOptions = new RunOptions();
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var vectors = new float[count][];
        for (var b = 0; b < count; b++)
        {
            var vector = new float[Dimensions];
            var tokens = model.Pooling == EmbeddingPooling.Cls ? 1 : batch[b].Length;
            for (var t = 0; t < tokens; t++)
            {
                var row = hidden.Slice(((b * length) + t) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += row[d];
                }
            }

            Normalise(vector);
            vectors[b] = vector;
        }

        return vectors;
    }

    // Unit length, so that a dot product is the cosine (the mean's 1/n goes with it).
    private static void Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= MathF.Max(norm, 1e-12f);
        }
    }

    public void Dispose()
    {
        session.Dispose();
        options.Dispose();
    }
}
