using BotHost.Core.Organisers;
using BotHost.Core.Recognizers.PersonalData;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Digests;

public sealed partial class DigestBuilder(
    IDigestSource source,
    IFaqDigestSource faq,
    IAuditLog audit,
    IOptions<DigestOptions> options,
    IOptions<TogetherOptions> together,
    ILogger<DigestBuilder> logger) : IDigestService
{
    public const string OtherName = "Other";
    public const int MaxCodes = 20;
    public const int MaxExcerpts = 10;
    public const int ExcerptLength = 280;
    public const int MaxQuestions = 10;

    public async Task<Digest> BuildAsync(DigestRequest request, CancellationToken cancellationToken)
    {
        var k = options.Value.MinGroupSize;
        var period = DayRange.Covering(request.From, request.To);
        var previous = period.Before();
        var now = await source.CountAsync(period, cancellationToken);
        var before = await source.CountAsync(previous, cancellationToken);

        var categories = GroupFolding.Fold(Sum(now, g => g.Category.ToString()), Sum(before, g => g.Category.ToString()), k);
        var employers = GroupFolding.Fold(Sum(now, g => g.EmployerKey), Sum(before, g => g.EmployerKey), k);
        var total = GroupFolding.Total(now.Sum(g => g.Count), before.Sum(g => g.Count), k);

        // Released groups fold like any others, keyed "category/employer key".
        var raised = GroupFolding.Fold(
            (await source.RaisedTogetherAsync(period, cancellationToken)).ToDictionary(g => g.Category + "/" + g.EmployerKey, g => g.Count, StringComparer.Ordinal),
            new Dictionary<string, int>(),
            k);
        var shownEmployers = employers.Where(g => g.Key is not null).Select(g => g.Key!).ToHashSet(StringComparer.Ordinal);
        var waiting = await source.WaitingForOthersAsync(cancellationToken);

        // Only the names of groups big enough to show are ever opened.
        var names = await source.EmployerNamesAsync(
            [.. shownEmployers.Union(raised.Where(g => g.Key is not null).Select(g => g.Key!.Split('/', 2)[1]))], cancellationToken);
        var shownCategories = categories.Where(g => g.Key is not null).Select(g => Enum.Parse<ReportCategory>(g.Key!)).ToHashSet();

        var shared = request.WithWords ? await source.SharedAsync(period, MaxExcerpts, cancellationToken) : [];
        foreach (var words in shared)
        {
            // Reading a worker's words is an organiser read of report content, like `case show`.
            await audit.WriteAsync(request.Reader, "read-shared-words", "report:" + words.Code, cancellationToken);
        }

        Log.Built(logger, period.Days, now.Count, shared.Count);

        var start = Midnight(period.First);
        var end = Midnight(period.Last.AddDays(1));
        return new Digest
        {
            Period = period,
            Previous = previous,
            MinGroupSize = k,
            Total = new DigestRow("All reports", total.Count, total.Change),
            ByCategory = [.. categories.Select(g => Row(g, key => ReportChoices.Label(ReportChoices.Categories, Enum.Parse<ReportCategory>(key))))],
            ByEmployer = [.. employers.Select(g => Row(g, key => names.GetValueOrDefault(key, "Unknown employer")))],
            WaitingForContact = await source.WaitingForContactAsync(MaxCodes, cancellationToken),
            Urgent = await source.UrgentAsync(MaxCodes, cancellationToken),
            Excerpts = [.. shared.Select(s => Excerpt(s, shownCategories))],
            UnansweredQuestions = [.. (await faq.UnansweredAsync(start, end, MaxQuestions, cancellationToken))
                .Select(q => q with { Question = Clean(q.Question) })],
            FaqFeedback = await faq.FeedbackAsync(start, end, cancellationToken),
            RaisedTogether = [.. raised.Select(g => Row(g, key => RaisedName(key, names)))],
            WaitingForOthers = Waiting(waiting, shownEmployers, names),
            TogetherThreshold = together.Value.Terms.Threshold,
        };
    }

    private static Dictionary<string, int> Sum(IEnumerable<ReportGroupCount> counts, Func<ReportGroupCount, string> key) =>
        counts.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);

    private static DigestRow Row(FoldedGroup group, Func<string, string> name) =>
        group.Key is null
            ? new DigestRow(OtherName, group.Count, null) { IsOther = true }
            : new DigestRow(name(group.Key), group.Count, group.Change);

    private static string RaisedName(string key, IReadOnlyDictionary<string, string> names)
    {
        var parts = key.Split('/', 2);
        var category = ReportChoices.Label(ReportChoices.Categories, Enum.Parse<ReportCategory>(parts[0]));
        return $"{category} at {names.GetValueOrDefault(parts[1], "Unknown employer")}";
    }

    // Named only where the employer is already named in the digest; the band is the same for every row.
    private static List<string> Waiting(IReadOnlyList<string> waiting, HashSet<string> shownEmployers, IReadOnlyDictionary<string, string> names)
    {
        var rows = waiting.Where(shownEmployers.Contains).Select(key => names.GetValueOrDefault(key, "Unknown employer")).Order(StringComparer.Ordinal).ToList();
        if (waiting.Any(key => !shownEmployers.Contains(key)))
        {
            rows.Add(OtherName);
        }

        return rows;
    }

    // An excerpt names its category only when that category is shown on its own.
    private static DigestExcerpt Excerpt(SharedText shared, HashSet<ReportCategory> shownCategories) => new(
        shownCategories.Contains(shared.Category) ? ReportChoices.Label(ReportChoices.Categories, shared.Category) : OtherName,
        Clean(shared.Text));

    // Redacted before it is shortened, so a cut can never leave half an email address behind.
    private static string Clean(string text)
    {
        var words = string.Join(' ', Redactor.Redact(text).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= ExcerptLength ? words : words[..(ExcerptLength - 1)].TrimEnd() + "…";
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static partial class Log
    {
        [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Built a digest of {Days} days from {Groups} report groups, with {Excerpts} shared excerpts")]
        public static partial void Built(ILogger logger, int days, int groups, int excerpts);
    }
}
