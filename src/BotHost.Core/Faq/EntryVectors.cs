using System.Numerics;
using System.Runtime.InteropServices;

namespace BotHost.Core.Faq;

// The content's sentence vectors in one block: a row per way of asking and per title, and the entry each
// row belongs to. A question's vector is compared with every row at once; each entry keeps its best.
public sealed class EntryVectors
{
    private readonly float[] rows;
    private readonly int[] owners;
    private readonly int dimensions;
    private readonly int entries;

    private EntryVectors(float[] rows, int[] owners, int dimensions, int entries)
    {
        (this.rows, this.owners, this.dimensions, this.entries) = (rows, owners, dimensions, entries);
    }

    // What is embedded of an entry: each way of asking and the title, as written.
    public static IEnumerable<string> Texts(FaqEntry entry) => entry.Questions.Append(entry.Title).Distinct(StringComparer.Ordinal);

    public static EntryVectors Build(IReadOnlyList<FaqEntry> content, FaqEmbeddings embeddings) =>
        Build([.. content.SelectMany((e, i) => Texts(e).Select(t => (t, i)))], content.Count, embeddings);

    // Texts that belong to no entry (the small-talk lines), as one group.
    public static EntryVectors Build(IReadOnlyList<string> lines, FaqEmbeddings embeddings) =>
        Build([.. lines.Select(l => (l, 0))], 1, embeddings);

    private static EntryVectors Build(List<(string Text, int Entry)> texts, int entries, FaqEmbeddings embeddings)
    {
        var vectors = texts.Count == 0 ? [] : embeddings.Content([.. texts.Select(t => t.Text)]);
        var dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        var rows = new float[vectors.Length * dimensions];
        for (var r = 0; r < vectors.Length; r++)
        {
            vectors[r].CopyTo(rows, r * dimensions);
        }

        return new EntryVectors(rows, [.. texts.Select(t => t.Entry)], dimensions, entries);
    }

    // The best cosine between the question and any row.
    public double Best(float[] question)
    {
        var best = -1.0;
        var q = new ReadOnlySpan<float>(question);
        for (var r = 0; r < owners.Length; r++)
        {
            best = Math.Max(best, Dot(q, rows.AsSpan(r * dimensions, dimensions)));
        }

        return best;
    }

    // For each entry, the best cosine between the question and any of its rows (-1 for an entry with none).
    public double[] BestPerEntry(float[] question)
    {
        var best = new double[entries];
        Array.Fill(best, -1.0);
        var q = new ReadOnlySpan<float>(question);
        for (var r = 0; r < owners.Length; r++)
        {
            var cosine = Dot(q, rows.AsSpan(r * dimensions, dimensions));
            if (cosine > best[owners[r]])
            {
                best[owners[r]] = cosine;
            }
        }

        return best;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var i = 0; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }

        var total = Vector.Sum(sum);
        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
