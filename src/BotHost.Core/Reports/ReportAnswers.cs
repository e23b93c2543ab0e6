using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Choices;
using BotHost.Core.Recognizers.Dates;
using BotHost.Core.Recognizers.Numbers;
using BotHost.Core.Recognizers.PersonalData;

namespace BotHost.Core.Reports;

// Reads typed answers with the recognizers: a choice by label, synonym or typo; a count as a band; a date
// or period; an email address or phone number.
public static class ReportAnswers
{
    public static T? Match<T>(IReadOnlyList<ReportChoices.Option<T>> options, string text) where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: true, out var direct) && Enum.IsDefined(direct))
        {
            return direct;
        }

        var choices = options.Select(o => new ChoiceOption(o.Value.ToString(), [o.Label, .. o.Synonyms])).ToList();
        return ChoiceRecognizer.Recognize(text, choices) is { } found ? Enum.Parse<T>(found.Resolution.Value) : null;
    }

    // "about twenty" -> 6 to 20; "the whole team" -> more than 20 would be a guess, so it stays unknown.
    public static PeopleBand? People(string text)
    {
        if (Match(ReportChoices.People, text) is { } band)
        {
            return band;
        }

        var numbers = NumberRecognizer.Recognize(text);
        return (numbers.Count > 0 ? numbers[0].Resolution : null) switch
        {
            { IsEveryone: true } => PeopleBand.Unknown,
            { Max: null, Min: > 20 } => PeopleBand.Many,
            { } n => (n.Max ?? n.Min) switch
            {
                <= 1 => PeopleBand.One,
                <= 5 => PeopleBand.Few,
                <= 20 => PeopleBand.Some,
                _ => PeopleBand.Many,
            },
            null => null,
        };
    }

    public static DateTimeResolution? When(string text, DateTimeOffset now)
    {
        var dates = DateRecognizer.Recognize(text, now);
        return dates.Count > 0 ? dates[0].Resolution : null;
    }

    public static string? Email(string text) => Find(text, TypeNames.Email);

    public static string? Phone(string text) => Find(text, TypeNames.PhoneNumber);

    private static string? Find(string text, string typeName) =>
        PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == typeName)?.Resolution;
}
