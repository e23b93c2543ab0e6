using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.Dates;

internal static class DateResults
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static ModelResult<DateTimeResolution> Create(string text, int start, int length, DateTimeResolution resolution) =>
        new(resolution.TypeName, text.Substring(start, length), start, length, resolution);

    // Stands in for a date-shaped phrase that is not a real date ("31/02/2026", "between 5 and 1 March"): it
    // wins over the shorter matches inside it and is then dropped, so the whole phrase is no match.
    public static DateTimeResolution Rejected { get; } = DateTimeResolution.Day(DateOnly.MinValue);

    public static void Add(List<ModelResult<DateTimeResolution>> found, string text, Match match, DateTimeResolution? resolution)
    {
        if (resolution is not null)
        {
            found.Add(Create(text, match.Index, match.Length, resolution));
        }
    }

    public static void AddOrReject(List<ModelResult<DateTimeResolution>> found, string text, Match match, DateTimeResolution? resolution) =>
        found.Add(Create(text, match.Index, match.Length, resolution ?? Rejected));

    public static int Int(Group group) => int.Parse(group.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
}
