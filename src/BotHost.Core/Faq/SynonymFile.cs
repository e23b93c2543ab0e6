using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BotHost.Core.Faq;

// content/faq/synonyms.yml: "groups:" then one list of equivalent terms per line.
public static class SynonymFile
{
    public const string Name = "synonyms.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static (SynonymMap? Map, FaqFileError? Error) Parse(string text)
    {
        Document? document;
        try
        {
            document = Yaml.Deserialize<Document>(text);
        }
        catch (YamlException ex)
        {
            return (null, new FaqFileError(Name, $"not valid YAML (line {ex.Start.Line}): {(ex.InnerException ?? ex).Message}"));
        }

        if (document?.Groups is not { } groups)
        {
            return (null, new FaqFileError(Name, "missing \"groups:\", a list of lists of equivalent terms"));
        }

        var clean = new List<IReadOnlyList<string>>();
        var problems = new List<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var terms = (groups[i] ?? []).Select(t => t?.Trim().ToLowerInvariant() ?? "").Where(t => FaqText.Tokens(t).Count > 0).Distinct().ToList();
            if (terms.Count < 2)
            {
                problems.Add($"group {i + 1} needs at least two terms");
                continue;
            }

            clean.Add(terms);
        }

        return problems.Count == 0
            ? (new SynonymMap(clean), null)
            : (null, new FaqFileError(Name, string.Join("; ", problems)));
    }

    private sealed class Document
    {
        public List<List<string?>?>? Groups { get; set; }
    }
}
