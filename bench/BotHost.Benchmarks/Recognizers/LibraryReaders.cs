using System.Globalization;
using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Dates;
using BotHost.Core.Recognizers.Numbers;
using BotHost.Core.Recognizers.PersonalData;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Sequence;

namespace BotHost.Benchmarks.Recognizers;

// Microsoft.Recognizers.Text on its own, read into our resolutions, for scoring it beside the hand-written
// recognizers. Only shaping, no phrases of ours: dates as LibraryDates shapes them (the part DateRecognizer
// uses), number ranges with their bounds, phone numbers in E.164 by our formatter, emails as written.
// Each model is built once.
internal static class LibraryReaders
{
    private static readonly Lazy<IModel> NumberModel = new(() => new Microsoft.Recognizers.Text.Number.NumberRecognizer(Culture.English).GetNumberModel());
    private static readonly Lazy<IModel> RangeModel = new(() => new Microsoft.Recognizers.Text.Number.NumberRecognizer(Culture.English).GetNumberRangeModel());
    private static readonly Lazy<IModel> PhoneModel = new(() => new SequenceRecognizer(Culture.English).GetPhoneNumberModel());
    private static readonly Lazy<IModel> EmailModel = new(() => new SequenceRecognizer(Culture.English).GetEmailModel());

    public static DateTimeResolution? Date(string text, DateTimeOffset now) =>
        LibraryDates.Find(text, new DateContext(now, LondonTime.Zone)) is [var first, ..] ? first.Resolution : null;

    public static NumberResolution? Number(string text)
    {
        var ranges = RangeModel.Value.Parse(text);
        var numbers = NumberModel.Value.Parse(text);
        var first = ranges.Concat(numbers).OrderBy(r => r.Start).ThenByDescending(r => r.End).FirstOrDefault();
        if (first is null || !first.Resolution.TryGetValue("value", out var raw) || raw is not string value)
        {
            return null;
        }

        if (first.TypeName != "numberrange")
        {
            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? NumberResolution.Exactly(n) : null;
        }

        // "[10,15)" for "between 10 and 15" (meant inclusive), "(100,)" for "over 100", "(,10)" for "fewer than 10".
        var bounds = value.Trim('[', ']', '(', ')').Split(',');
        var low = bounds[0].Length == 0 ? (decimal?)null : decimal.Parse(bounds[0], CultureInfo.InvariantCulture);
        var high = bounds[1].Length == 0 ? (decimal?)null : decimal.Parse(bounds[1], CultureInfo.InvariantCulture);
        return (low, high) switch
        {
            ({ } l, { } h) => new NumberResolution(l, h),
            ({ } l, null) => new NumberResolution(l, null),
            (null, { } h) => new NumberResolution(0, value.EndsWith(')') ? h - 1 : h),
            _ => null,
        };
    }

    public static string? Phone(string text) =>
        PhoneModel.Value.Parse(text).FirstOrDefault() is { } r ? PhoneNumbers.Normalise(text.AsSpan(r.Start, r.End - r.Start + 1)) : null;

    public static string? Email(string text) =>
        EmailModel.Value.Parse(text).FirstOrDefault() is { } r ? text.Substring(r.Start, r.End - r.Start + 1) : null;

    public static void WarmUp()
    {
        LibraryDates.WarmUp();
        _ = NumberModel.Value.Parse("twenty");
        _ = RangeModel.Value.Parse("5 to 6");
        _ = PhoneModel.Value.Parse("07700 900123");
        _ = EmailModel.Value.Parse("jo@example.org");
    }
}
