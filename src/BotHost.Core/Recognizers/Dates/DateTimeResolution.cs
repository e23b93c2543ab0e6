namespace BotHost.Core.Recognizers.Dates;

// When something happened, as UK calendar dates. Start and End are inclusive days (Start == End for a
// single date); Start is null only for an open "ongoing" with no known beginning. StartTime/EndTime are set
// for parts of a day ("this morning"), End exclusive. IsOngoing marks a range that runs up to now and may
// still be going on ("since January", "for months", "it keeps happening").
public sealed record DateTimeResolution(DateOnly? Start, DateOnly End)
{
    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public bool IsApproximate { get; init; }

    public bool IsOngoing { get; init; }

    // The Microsoft.Recognizers.Text kind this resolution reads as.
    public string TypeName =>
        StartTime is not null ? TypeNames.DateTimeRange
        : Start == End && !IsOngoing ? TypeNames.Date
        : TypeNames.DateRange;

    // In plain British English: "10 November 2026", "9–15 November 2026", "since 1 January 2026", "ongoing".
    public string Describe() => DateDescription.Describe(this);

    public static DateTimeResolution Day(DateOnly day) => new(day, day);

    public static DateTimeResolution Range(DateOnly start, DateOnly end) => new(start, end);
}
