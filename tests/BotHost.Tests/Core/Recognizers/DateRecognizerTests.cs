using System.Globalization;
using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Dates;

namespace BotHost.Tests.Core.Recognizers;

// "Now" is Wednesday 18 November 2026, 10:30 in London (GMT).
public sealed class DateRecognizerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 10, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("yesterday", "yesterday", TypeNames.Date, "2026-11-17", "2026-11-17")]
    [InlineData("today", "today", TypeNames.Date, "2026-11-18", "2026-11-18")]
    [InlineData("Earlier today", "Earlier today", TypeNames.Date, "2026-11-18", "2026-11-18")]
    [InlineData("the day before yesterday", "the day before yesterday", TypeNames.Date, "2026-11-16", "2026-11-16")]
    [InlineData("the other day", "the other day", TypeNames.DateRange, "2026-11-11", "2026-11-16")]
    [InlineData("It happened last Tuesday, I think", "last Tuesday", TypeNames.Date, "2026-11-10", "2026-11-10")]
    [InlineData("last tues", "last tues", TypeNames.Date, "2026-11-10", "2026-11-10")]
    [InlineData("last Friday", "last Friday", TypeNames.Date, "2026-11-13", "2026-11-13")]
    [InlineData("last Sunday", "last Sunday", TypeNames.Date, "2026-11-15", "2026-11-15")]
    [InlineData("Tuesday last week", "Tuesday last week", TypeNames.Date, "2026-11-10", "2026-11-10")]
    [InlineData("on Monday", "on Monday", TypeNames.Date, "2026-11-16", "2026-11-16")]
    [InlineData("Monday", "Monday", TypeNames.Date, "2026-11-16", "2026-11-16")]
    [InlineData("Tuesday just gone", "Tuesday just gone", TypeNames.Date, "2026-11-17", "2026-11-17")]
    [InlineData("on Wednesday", "on Wednesday", TypeNames.Date, "2026-11-11", "2026-11-11")]
    [InlineData("this Monday", "this Monday", TypeNames.Date, "2026-11-16", "2026-11-16")]
    [InlineData("3 weeks ago", "3 weeks ago", TypeNames.Date, "2026-10-28", "2026-10-28")]
    [InlineData("about 3 weeks ago", "about 3 weeks ago", TypeNames.Date, "2026-10-28", "2026-10-28")]
    [InlineData("roughly three days ago", "roughly three days ago", TypeNames.Date, "2026-11-15", "2026-11-15")]
    [InlineData("twenty-one days ago", "twenty-one days ago", TypeNames.Date, "2026-10-28", "2026-10-28")]
    [InlineData("a couple of weeks ago", "a couple of weeks ago", TypeNames.Date, "2026-11-04", "2026-11-04")]
    [InlineData("a fortnight ago", "a fortnight ago", TypeNames.Date, "2026-11-04", "2026-11-04")]
    [InlineData("a few weeks ago", "a few weeks ago", TypeNames.DateRange, "2026-10-14", "2026-10-28")]
    [InlineData("2 or 3 weeks ago", "2 or 3 weeks ago", TypeNames.DateRange, "2026-10-28", "2026-11-04")]
    [InlineData("two to three months ago", "two to three months ago", TypeNames.DateRange, "2026-08-18", "2026-09-18")]
    [InlineData("2 months ago", "2 months ago", TypeNames.Date, "2026-09-18", "2026-09-18")]
    [InlineData("a year ago", "a year ago", TypeNames.Date, "2025-11-18", "2025-11-18")]
    [InlineData("3 weeks ago or so", "3 weeks ago or so", TypeNames.Date, "2026-10-28", "2026-10-28")]
    [InlineData("last week", "last week", TypeNames.DateRange, "2026-11-09", "2026-11-15")]
    [InlineData("last month", "last month", TypeNames.DateRange, "2026-10-01", "2026-10-31")]
    [InlineData("last year", "last year", TypeNames.DateRange, "2025-01-01", "2025-12-31")]
    [InlineData("this week", "this week", TypeNames.DateRange, "2026-11-16", "2026-11-18")]
    [InlineData("earlier this month", "earlier this month", TypeNames.DateRange, "2026-11-01", "2026-11-18")]
    [InlineData("the week before last", "the week before last", TypeNames.DateRange, "2026-11-02", "2026-11-08")]
    [InlineData("over the past 3 weeks", "over the past 3 weeks", TypeNames.DateRange, "2026-10-28", "2026-11-18")]
    [InlineData("in the last few months", "in the last few months", TypeNames.DateRange, "2026-06-18", "2026-11-18")]
    [InlineData("since January", "since January", TypeNames.DateRange, "2026-01-01", "2026-11-18")]
    [InlineData("ever since jan", "ever since jan", TypeNames.DateRange, "2026-01-01", "2026-11-18")]
    [InlineData("since 3 March", "since 3 March", TypeNames.DateRange, "2026-03-03", "2026-11-18")]
    [InlineData("since May", "since May", TypeNames.DateRange, "2026-05-01", "2026-11-18")]
    [InlineData("since December", "since December", TypeNames.DateRange, "2025-12-01", "2026-11-18")]
    [InlineData("since Christmas", "since Christmas", TypeNames.DateRange, "2025-12-25", "2026-11-18")]
    [InlineData("New Year's Day", "New Year's Day", TypeNames.Date, "2026-01-01", "2026-01-01")]
    [InlineData("since the start of the year", "since the start of the year", TypeNames.DateRange, "2026-01-01", "2026-11-18")]
    [InlineData("since 2024", "since 2024", TypeNames.DateRange, "2024-01-01", "2026-11-18")]
    [InlineData("since last week", "since last week", TypeNames.DateRange, "2026-11-09", "2026-11-18")]
    [InlineData("between 1 and 5 March", "between 1 and 5 March", TypeNames.DateRange, "2026-03-01", "2026-03-05")]
    [InlineData("1st-5th March 2025", "1st-5th March 2025", TypeNames.DateRange, "2025-03-01", "2025-03-05")]
    [InlineData("between 1 March and 5 April", "between 1 March and 5 April", TypeNames.DateRange, "2026-03-01", "2026-04-05")]
    [InlineData("from December to February", "from December to February", TypeNames.DateRange, "2025-12-01", "2026-02-28")]
    [InlineData("from Monday to Tuesday", "from Monday to Tuesday", TypeNames.DateRange, "2026-11-16", "2026-11-17")]
    [InlineData("12 March", "12 March", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("12th of March", "12th of March", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("on the 12th of Mar", "the 12th of Mar", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("March 12", "March 12", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("March 12th, 2025", "March 12th, 2025", TypeNames.Date, "2025-03-12", "2025-03-12")]
    [InlineData("12 March 2024", "12 March 2024", TypeNames.Date, "2024-03-12", "2024-03-12")]
    [InlineData("12/03/2026", "12/03/2026", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("12/03/26", "12/03/26", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("12.03.2026", "12.03.2026", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("12-03-2026", "12-03-2026", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("2026-03-12", "2026-03-12", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("on 12/03", "12/03", TypeNames.Date, "2026-03-12", "2026-03-12")]
    [InlineData("25 December", "25 December", TypeNames.Date, "2025-12-25", "2025-12-25")]
    [InlineData("18 November", "18 November", TypeNames.Date, "2026-11-18", "2026-11-18")]
    [InlineData("19 November", "19 November", TypeNames.Date, "2025-11-19", "2025-11-19")]
    [InlineData("31/10/2026", "31/10/2026", TypeNames.Date, "2026-10-31", "2026-10-31")]
    [InlineData("1/11/2026", "1/11/2026", TypeNames.Date, "2026-11-01", "2026-11-01")]
    [InlineData("the 12th", "the 12th", TypeNames.Date, "2026-11-12", "2026-11-12")]
    [InlineData("the 20th", "the 20th", TypeNames.Date, "2026-10-20", "2026-10-20")]
    [InlineData("the 31st", "the 31st", TypeNames.Date, "2026-10-31", "2026-10-31")]
    [InlineData("29 February", "29 February", TypeNames.Date, "2024-02-29", "2024-02-29")]
    [InlineData("29/02/2024", "29/02/2024", TypeNames.Date, "2024-02-29", "2024-02-29")]
    [InlineData("in March", "in March", TypeNames.DateRange, "2026-03-01", "2026-03-31")]
    [InlineData("February", "February", TypeNames.DateRange, "2026-02-01", "2026-02-28")]
    [InlineData("last March", "last March", TypeNames.DateRange, "2026-03-01", "2026-03-31")]
    [InlineData("November", "November", TypeNames.DateRange, "2026-11-01", "2026-11-18")]
    [InlineData("December", "December", TypeNames.DateRange, "2025-12-01", "2025-12-31")]
    [InlineData("early March", "early March", TypeNames.DateRange, "2026-03-01", "2026-03-10")]
    [InlineData("mid-September", "mid-September", TypeNames.DateRange, "2026-09-11", "2026-09-20")]
    [InlineData("the end of June", "the end of June", TypeNames.DateRange, "2026-06-21", "2026-06-30")]
    [InlineData("march 2025", "march 2025", TypeNames.DateRange, "2025-03-01", "2025-03-31")]
    [InlineData("in 2025", "2025", TypeNames.DateRange, "2025-01-01", "2025-12-31")]
    [InlineData("this morning", "this morning", TypeNames.DateTimeRange, "2026-11-18", "2026-11-18")]
    [InlineData("this lunchtime", "this lunchtime", TypeNames.DateTimeRange, "2026-11-18", "2026-11-18")]
    [InlineData("tonight", "tonight", TypeNames.DateTimeRange, "2026-11-18", "2026-11-19")]
    [InlineData("several months ago", "several months ago", TypeNames.DateRange, "2026-03-18", "2026-08-18")]
    [InlineData("this afternoon", "this afternoon", TypeNames.DateTimeRange, "2026-11-18", "2026-11-18")]
    [InlineData("last night", "last night", TypeNames.DateTimeRange, "2026-11-17", "2026-11-18")]
    [InlineData("yesterday afternoon", "yesterday afternoon", TypeNames.DateTimeRange, "2026-11-17", "2026-11-17")]
    [InlineData("last Tuesday evening", "last Tuesday evening", TypeNames.DateTimeRange, "2026-11-10", "2026-11-10")]
    [InlineData("Monday morning", "Monday morning", TypeNames.DateTimeRange, "2026-11-16", "2026-11-16")]
    [InlineData("for 3 months", "for 3 months", TypeNames.DateRange, "2026-08-18", "2026-11-18")]
    [InlineData("it's been going on for the past month", "for the past month", TypeNames.DateRange, "2026-10-18", "2026-11-18")]
    [InlineData("It's ongoing since March", "ongoing since March", TypeNames.DateRange, "2026-03-01", "2026-11-18")]
    [InlineData("It started about 3 weeks ago and it's still happening", "about 3 weeks ago and it's still happening", TypeNames.DateRange, "2026-10-28", "2026-11-18")]
    public void Reads_dates_and_ranges_against_a_UK_clock(string input, string text, string typeName, string start, string end)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, Now));

        Assert.Equal((text, typeName, start, end), (found.Text, found.TypeName, Iso(found.Resolution.Start), Iso(found.Resolution.End)));
        Assert.Equal(input.IndexOf(text, StringComparison.Ordinal), found.Start);
        Assert.Equal(text.Length, found.Length);
    }

    // Microsoft.Recognizers.Text's readings, taken where they read more of the text than the rules or the
    // rules read nothing.
    [Theory]
    [InlineData("Tuesday 3rd March", "Tuesday 3rd March", "2026-03-03", "2026-03-03")]
    [InlineData("It was on the 5th of last month", "the 5th of last month", "2026-10-05", "2026-10-05")]
    [InlineData("last weekend", "last weekend", "2026-11-14", "2026-11-15")]
    [InlineData("Easter Monday", "Easter Monday", "2026-04-06", "2026-04-06")]
    [InlineData("on Halloween", "Halloween", "2026-10-31", "2026-10-31")]
    public void Reads_what_the_library_reads_better(string input, string text, string start, string end)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, Now));

        Assert.Equal((text, start, end), (found.Text, Iso(found.Resolution.Start), Iso(found.Resolution.End)));
        Assert.Equal(input.IndexOf(text, StringComparison.OrdinalIgnoreCase), found.Start);
    }

    [Theory]
    [InlineData("ongoing")]
    [InlineData("it's still happening")]
    [InlineData("for months")]
    [InlineData("it keeps happening")]
    [InlineData("all the time")]
    [InlineData("every single day")]
    public void Ongoing_without_a_start_is_an_open_range_to_today(string input)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, Now));

        Assert.Equal(TypeNames.DateRange, found.TypeName);
        Assert.Equal(new DateTimeResolution(null, new DateOnly(2026, 11, 18)) { IsOngoing = true }, found.Resolution);
    }

    [Theory]
    [InlineData("since January", true, false)]
    [InlineData("for 3 weeks", true, false)]
    [InlineData("about 3 weeks ago", false, true)]
    [InlineData("~3 weeks ago", false, true)]
    [InlineData("a couple of weeks ago", false, true)]
    [InlineData("a few weeks ago", false, true)]
    [InlineData("sometime last week", false, true)]
    [InlineData("3 weeks ago", false, false)]
    [InlineData("last week", false, false)]
    [InlineData("12/03/2026", false, false)]
    public void Marks_ongoing_and_approximate_readings(string input, bool ongoing, bool approximate)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, Now));

        Assert.Equal((ongoing, approximate), (found.Resolution.IsOngoing, found.Resolution.IsApproximate));
    }

    [Theory]
    [InlineData("this morning", "2026-11-18T06:00:00+00:00", "2026-11-18T12:00:00+00:00")]
    [InlineData("this evening", "2026-11-18T18:00:00+00:00", "2026-11-19T00:00:00+00:00")]
    [InlineData("last night", "2026-11-17T18:00:00+00:00", "2026-11-18T06:00:00+00:00")]
    [InlineData("yesterday morning", "2026-11-17T06:00:00+00:00", "2026-11-17T12:00:00+00:00")]
    [InlineData("since this morning", "2026-11-18T06:00:00+00:00", "2026-11-18T10:30:00+00:00")]
    public void Parts_of_a_day_carry_UK_times(string input, string start, string end)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, Now));

        Assert.Equal(TypeNames.DateTimeRange, found.TypeName);
        Assert.Equal((start, end), (Stamp(found.Resolution.StartTime), Stamp(found.Resolution.EndTime)));
    }

    [Fact]
    public void Summer_times_are_British_Summer_Time()
    {
        var july = new DateTimeOffset(2026, 7, 15, 9, 30, 0, TimeSpan.Zero);

        var found = Assert.Single(DateRecognizer.Recognize("this morning", july));

        Assert.Equal("2026-07-15T06:00:00+01:00", Stamp(found.Resolution.StartTime));
    }

    [Theory]
    [InlineData("2026-11-18T23:30:00-05:00", "today", "2026-11-19")]
    [InlineData("2026-07-15T23:30:00+00:00", "today", "2026-07-16")]
    [InlineData("2026-07-15T23:30:00+00:00", "yesterday", "2026-07-15")]
    [InlineData("2026-01-05T09:00:00+00:00", "yesterday", "2026-01-04")]
    [InlineData("2024-03-01T09:00:00+00:00", "yesterday", "2024-02-29")]
    [InlineData("2026-03-31T09:00:00+01:00", "a month ago", "2026-02-28")]
    [InlineData("2026-03-11T09:00:00+00:00", "12 March", "2025-03-12")]
    [InlineData("2026-03-12T09:00:00+00:00", "12 March", "2026-03-12")]
    [InlineData("2028-03-01T09:00:00+00:00", "29 February", "2028-02-29")]
    [InlineData("2026-01-05T09:00:00+00:00", "on Sunday", "2026-01-04")]
    public void Day_boundaries_follow_the_UK_calendar(string now, string input, string expected)
    {
        var found = Assert.Single(DateRecognizer.Recognize(input, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Iso(found.Resolution.Start));
    }

    [Theory]
    [InlineData("last week", "2025-12-29", "2026-01-04")]
    [InlineData("last month", "2025-12-01", "2025-12-31")]
    [InlineData("December", "2025-12-01", "2025-12-31")]
    [InlineData("this month", "2026-01-01", "2026-01-05")]
    public void Ranges_cross_the_new_year(string input, string start, string end)
    {
        var monday = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        var found = Assert.Single(DateRecognizer.Recognize(input, monday));

        Assert.Equal((start, end), (Iso(found.Resolution.Start), Iso(found.Resolution.End)));
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("29/02/2026")]
    [InlineData("30 February")]
    [InlineData("February 30th")]
    [InlineData("31 April 2026")]
    [InlineData("13/13/2026")]
    [InlineData("00/01/2026")]
    [InlineData("32 March")]
    [InlineData("between 5 and 1 March")]
    [InlineData("soon")]
    [InlineData("I'm not sure")]
    [InlineData("")]
    [InlineData("it may be nothing")]
    [InlineData("10:30")]
    [InlineData("20-30 people")]
    [InlineData("£30,000")]
    [InlineData("ref K7P2-Q9")]
    [InlineData("the 2026 budget")]
    [InlineData("I sat down with Jan")]
    [InlineData("Dec from HR said it")]
    [InlineData("the 2026 budget was cut")]
    public void Invalid_or_dateless_input_is_no_match(string input) =>
        Assert.Empty(DateRecognizer.Recognize(input, Now));

    [Theory]
    [InlineData("last Tuesday", "10 November 2026")]
    [InlineData("about 3 weeks ago", "around 28 October 2026")]
    [InlineData("last week", "9–15 November 2026")]
    [InlineData("last month", "1–31 October 2026")]
    [InlineData("a few weeks ago", "around 14–28 October 2026")]
    [InlineData("from December to February", "1 December 2025 – 28 February 2026")]
    [InlineData("between 12 March and 5 April", "12 March – 5 April 2026")]
    [InlineData("since January", "since 1 January 2026")]
    [InlineData("ongoing", "ongoing")]
    [InlineData("this morning", "18 November 2026, 06:00–12:00")]
    public void Reads_back_in_plain_English(string input, string expected) =>
        Assert.Equal(expected, Assert.Single(DateRecognizer.Recognize(input, Now)).Resolution.Describe());

    [Fact]
    public void Finds_each_date_in_a_longer_answer()
    {
        var found = DateRecognizer.Recognize("It started on 12/03/2026 and happened again yesterday.", Now);

        Assert.Equal(["12/03/2026", "yesterday"], found.Select(f => f.Text));
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Stamp(DateTimeOffset? time) => time?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
