using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BotHost.Core.Faq;

// Reads one Markdown file with YAML front matter and checks it against the content rules. Every problem
// is reported, so an organiser can fix a file in one go.
public static partial class FaqEntryParser
{
    public const int MinQuestions = 4;
    public const int MaxBodyWords = 200;
    public const int MaxTitleLength = 100;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly HashSet<string> Jurisdictions =
        new(["UK", "GB", "England", "Wales", "Scotland", "Northern Ireland", "England and Wales"], StringComparer.OrdinalIgnoreCase);

    public static (FaqEntry? Entry, FaqFileError? Error) Parse(string file, string text, FaqSourcePolicy sources)
    {
        if (!TrySplit(text, out var yaml, out var body))
        {
            return (null, new FaqFileError(file, "no front matter: the file must start with a line \"---\", the YAML fields, then another \"---\""));
        }

        FaqFrontMatter? front;
        try
        {
            front = Yaml.Deserialize<FaqFrontMatter>(yaml);
        }
        catch (YamlException ex)
        {
            // Line numbers count from the first "---", which is line 1 of the file.
            return (null, new FaqFileError(file, $"front matter is not valid YAML (line {ex.Start.Line + 1}): {Inner(ex).Message}"));
        }

        if (front is null)
        {
            return (null, new FaqFileError(file, "front matter is empty"));
        }

        var problems = new List<string>();
        var entry = Validate(file, front, body.Trim(), sources, problems);
        return problems.Count == 0 ? (entry, null) : (null, new FaqFileError(file, string.Join("; ", problems)));
    }

    private static FaqEntry Validate(string file, FaqFrontMatter front, string body, FaqSourcePolicy sources, List<string> problems)
    {
        var id = front.Id?.Trim() ?? "";
        if (id.Length == 0)
        {
            problems.Add("missing field: id");
        }
        else if (!IdPattern().IsMatch(id))
        {
            problems.Add($"id \"{id}\" must be lower-case letters, digits and hyphens (e.g. \"flexible-working\")");
        }

        var title = front.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            problems.Add("missing field: title");
        }
        else if (title.Length > MaxTitleLength)
        {
            problems.Add($"title is {title.Length} characters; keep it under {MaxTitleLength} so it fits on a button");
        }

        var questions = Clean(front.Questions);
        if (questions.Count < MinQuestions)
        {
            problems.Add(front.Questions is null
                ? "missing field: questions"
                : $"questions has {questions.Count}; write at least {MinQuestions} ways a worker might ask");
        }

        var tags = Clean(front.Tags);
        if (tags.Count == 0)
        {
            problems.Add("missing field: tags");
        }

        var jurisdiction = front.Jurisdiction?.Trim() ?? "";
        if (jurisdiction.Length == 0)
        {
            problems.Add("missing field: jurisdiction");
        }
        else if (!Jurisdictions.Contains(jurisdiction))
        {
            problems.Add($"jurisdiction \"{jurisdiction}\" is not one of {string.Join(", ", Jurisdictions)}");
        }

        var urls = Clean(front.Sources);
        if (urls.Count == 0)
        {
            problems.Add("missing field: sources");
        }

        problems.AddRange(urls.Select(sources.Check).OfType<string>());

        var reviewed = default(DateOnly);
        if (string.IsNullOrWhiteSpace(front.Reviewed))
        {
            problems.Add("missing field: reviewed");
        }
        else if (!DateOnly.TryParseExact(front.Reviewed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
        {
            problems.Add($"reviewed \"{front.Reviewed}\" must be a date like 2026-11-23");
        }

        var words = body.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0)
        {
            problems.Add("the answer (below the front matter) is empty");
        }
        else if (words > MaxBodyWords)
        {
            problems.Add($"the answer is {words} words; keep it under {MaxBodyWords} so it reads as one chat message");
        }

        return new FaqEntry
        {
            Id = id,
            Title = title,
            Questions = questions,
            Tags = tags,
            Jurisdiction = jurisdiction,
            Sources = urls,
            Reviewed = reviewed,
            Body = body,
            File = file,
        };
    }

    private static bool TrySplit(string text, out string yaml, out string body)
    {
        yaml = body = "";
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return false;
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        if (close < 0)
        {
            return false;
        }

        yaml = string.Join('\n', lines[1..close]);
        body = string.Join('\n', lines[(close + 1)..]);
        return true;
    }

    private static List<string> Clean(List<string?>? values) =>
        [.. (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0)];

    private static Exception Inner(Exception ex) => ex.InnerException is YamlException inner ? Inner(inner) : ex;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
