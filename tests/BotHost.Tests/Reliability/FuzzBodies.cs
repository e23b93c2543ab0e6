using System.Text;
using System.Text.Json.Nodes;

namespace BotHost.Tests.Reliability;

// Garbage made from a well-formed sample of what an endpoint expects. Every generator is a pure function of
// its Random, so a seed reproduces a body exactly.
public static class FuzzBodies
{
    public sealed record Body(string Kind, byte[] Bytes, string? ContentType, bool Chunked = false);

    private static readonly string[] OddContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=xyz", "application/json; charset=utf-16",
        "application/x-www-form-urlencoded", "application/json", "garbage/;;;", "application/octet-stream", "*/*",
        "application/json; charset=\"unterminated", "text/html; charset=utf-8",
    ];

    // (generator, weight): about 1 in 100 bodies is huge.
    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("sample", 5), ("wrong-types", 20), ("truncated", 12), ("mutated-bytes", 12), ("random-bytes", 9),
        ("invalid-utf8", 8), ("deep", 5), ("odd-values", 8), ("wrong-content-type", 8), ("broken-form", 9),
        ("empty", 3), ("huge", 1),
    ];

    public static Body Next(Random random, byte[] sample, string contentType, long limit)
    {
        var kind = Pick(random);
        return kind switch
        {
            "sample" => new(kind, sample, contentType),
            "wrong-types" => new(kind, WrongTypes(random, sample), contentType),
            "truncated" => new(kind, sample[..random.Next(sample.Length)], contentType),
            "mutated-bytes" => new(kind, Mutate(random, sample), contentType),
            "random-bytes" => new(kind, RandomBytes(random, random.Next(1, 4096)), contentType),
            "invalid-utf8" => new(kind, InvalidUtf8(random, sample), contentType),
            "deep" => new(kind, Deep(random), contentType),
            "odd-values" => new(kind, OddValues(random, sample), contentType),
            "wrong-content-type" => new(kind, random.Next(2) == 0 ? sample : RandomBytes(random, 64), random.Next(8) == 0 ? null : OddContentTypes[random.Next(OddContentTypes.Length)]),
            "broken-form" => new(kind, BrokenForm(random, sample), "application/x-www-form-urlencoded"),
            "empty" => new(kind, [], random.Next(2) == 0 ? contentType : null),
            // Over the endpoint's limit; for endpoints with none of their own, 2 MiB (Kestrel's is sent separately).
            _ => Huge(random, Math.Min(limit, 2 << 20) + 1 + random.Next(64 * 1024), contentType),
        };
    }

    // Larger than any limit the host sets, and than Kestrel's own default (30,000,000 bytes).
    public static Body Huge(Random random, long size, string contentType)
    {
        var bytes = new byte[size];
        var prefix = "{\"type\":\"message\",\"text\":\""u8;
        prefix.CopyTo(bytes);
        bytes.AsSpan(prefix.Length).Fill((byte)'a');
        return new("huge", bytes, contentType, Chunked: random.Next(2) == 0);
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(Kinds.Sum(k => k.Weight));
        foreach (var (kind, weight) in Kinds)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return Kinds[0].Kind;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private const string Structural = "{}[]\",:\\0-e.";

    private static byte[] Mutate(Random random, byte[] sample)
    {
        var bytes = new List<byte>(sample);
        for (var i = random.Next(1, 8); i > 0 && bytes.Count > 0; i--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                default: bytes.Insert(at, (byte)Structural[random.Next(Structural.Length)]); break;
            }
        }

        return [.. bytes];
    }

    // Overlong encodings, lone continuation bytes, UTF-16 surrogates encoded as UTF-8, and 0xFF.
    private static readonly byte[][] BadSequences = [[0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]];

    private static byte[] InvalidUtf8(Random random, byte[] sample)
    {
        var text = Encoding.UTF8.GetString(sample);
        var quote = text.IndexOf("\":\"", StringComparison.Ordinal);
        var at = quote >= 0 && random.Next(4) != 0 ? Encoding.UTF8.GetByteCount(text[..(quote + 3)]) : random.Next(sample.Length + 1);
        var bad = BadSequences[random.Next(BadSequences.Length)];
        return [.. sample[..at], .. bad, .. sample[at..]];
    }

    private static byte[] Deep(Random random)
    {
        int[] depths = [10_000, 10_000, 1_000, 65, 64, 63];
        var depth = depths[random.Next(depths.Length)];
        var (open, close) = random.Next(3) switch
        {
            0 => ("[", "]"),
            1 => ("{\"a\":", "}"),
            _ => ("{\"type\":\"message\",\"text\":", "}"),
        };
        var closed = random.Next(2) == 0;
        var body = new StringBuilder(depth * (open.Length + close.Length) + 8);
        body.Insert(0, open, depth).Append('1');
        if (closed)
        {
            body.Insert(body.Length, close, depth);
        }

        return Encoding.UTF8.GetBytes(body.ToString());
    }

    // The sample with one to three values replaced by values of another type.
    private static byte[] WrongTypes(Random random, byte[] sample)
    {
        if (Parse(sample) is not { } root)
        {
            return Mutate(random, sample);
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var nodes = Walk(root).Where(n => n.Parent is not null).ToList();
            if (nodes.Count == 0)
            {
                break;
            }

            Replace(nodes[random.Next(nodes.Count)], AnyValue(random));
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    // Values at the edges of JSON: huge numbers, escapes for NUL and lone surrogates, duplicate keys.
    private static readonly string[] OddLiterals =
    [
        "1e999", "-0", "123456789012345678901234567890", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "NaN",
        "\"\\uFFFF\"", "[]", "{}", "null", "true", "\"\"", "-1", "9223372036854775808", "0.0000000001e-400",
    ];

    private static byte[] OddValues(Random random, byte[] sample)
    {
        var text = Encoding.UTF8.GetString(sample);
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
        if (colons.Count == 0 || Parse(sample) is null)
        {
            return Encoding.UTF8.GetBytes(OddLiterals[random.Next(OddLiterals.Length)]);
        }

        // After a key's colon: put an odd literal in front of the value, or repeat the key with one.
        var at = colons[random.Next(colons.Count)] + 1;
        var literal = OddLiterals[random.Next(OddLiterals.Length)];
        var end = ValueEnd(text, at);
        return Encoding.UTF8.GetBytes(random.Next(2) == 0
            ? text[..at] + literal + text[end..]
            : text[..end] + "," + KeyBefore(text, at) + ":" + literal + text[end..]);
    }

    private static byte[] BrokenForm(Random random, byte[] sample)
    {
        var json = Encoding.UTF8.GetString(random.Next(2) == 0 ? sample[..random.Next(sample.Length)] : Mutate(random, sample));
        var fields = new List<string> { "payload=" + Uri.EscapeDataString(json) };
        if (random.Next(2) == 0)
        {
            fields.Add(random.Next(3) switch
            {
                0 => "command=%2Funion&text=%ZZ",
                1 => "ssl_check=1&token=x",
                _ => "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\"}"),
            });
        }

        if (random.Next(4) == 0)
        {
            fields.Add("%E0%A4%A=broken&&==&" + new string('a', random.Next(1, 5000)));
        }

        return Encoding.UTF8.GetBytes(string.Join('&', fields.OrderBy(_ => random.Next())));
    }

    private static JsonNode AnyValue(Random random) => random.Next(9) switch
    {
        0 => JsonValue.Create(random.Next()),
        1 => JsonValue.Create(random.NextDouble() * 1e300),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => JsonValue.Create(new string('x', random.Next(0, 20000))),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        5 => new JsonObject { ["type"] = 7, ["text"] = new JsonObject() },
        6 => JsonValue.Create(""),
        7 => JsonValue.Create(long.MinValue),
        _ => JsonValue.Create("\u0000\uFFFE<script>"),
    };

    private static JsonNode? Parse(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[node.GetElementIndex()] = value;
                break;
        }
    }

    private static int ValueEnd(string text, int from)
    {
        var depth = 0;
        var inString = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' or ',')
            {
                if (depth == 0)
                {
                    return i;
                }

                if (c != ',')
                {
                    depth--;
                }
            }
        }

        return text.Length;
    }

    private static string KeyBefore(string text, int afterColon)
    {
        var close = text.LastIndexOf('"', afterColon - 2);
        var open = close > 0 ? text.LastIndexOf('"', close - 1) : -1;
        return open >= 0 ? text[open..(close + 1)] : "\"k\"";
    }
}
