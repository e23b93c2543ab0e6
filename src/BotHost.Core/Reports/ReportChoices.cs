using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// The words for each answer a report can have: button labels, what organisers see, and what a worker might type.
public static class ReportChoices
{
    public static readonly IReadOnlyList<Option<ReportCategory>> Categories =
    [
        new(ReportCategory.Surveillance, "Surveillance and monitoring", ["surveillance", "monitoring", "tracking", "bossware", "spying", "cctv", "keylogger", "watching"]),
        new(ReportCategory.AiAutomation, "AI and automation", ["ai", "automation", "algorithm", "artificial intelligence", "chatgpt", "robots", "automated"]),
        new(ReportCategory.Workload, "Workload and hours", ["workload", "hours", "overtime", "too much work", "on call", "breaks", "out of hours"]),
        new(ReportCategory.PayContracts, "Pay and contracts", ["pay", "contract", "contracts", "salary", "wages", "bonus", "money", "ir35"]),
        new(ReportCategory.Discrimination, "Discrimination and harassment", ["discrimination", "harassment", "bullying", "racism", "sexism", "unfair treatment"]),
        new(ReportCategory.HealthSafety, "Health, safety and stress", ["health", "safety", "stress", "burnout", "wellbeing", "mental health"]),
        new(ReportCategory.JobSecurity, "Job security and redundancy", ["redundancy", "layoffs", "job security", "restructure", "fired", "dismissal", "job cuts"]),
        new(ReportCategory.DataPrivacy, "Data and privacy", ["data", "privacy", "gdpr", "personal data", "data breach", "sar"]),
        new(ReportCategory.Other, "Something else", ["other", "something else", "none of these"]),
    ];

    public static readonly IReadOnlyList<Option<PeopleBand>> People =
    [
        new(PeopleBand.One, "Just me", ["just me", "only me", "me", "1", "one"]),
        new(PeopleBand.Few, "2 to 5", ["2 to 5", "2-5", "a few", "a couple", "few"]),
        new(PeopleBand.Some, "6 to 20", ["6 to 20", "6-20", "a dozen", "a team"]),
        new(PeopleBand.Many, "More than 20", ["more than 20", "20+", "lots", "everyone", "the whole company", "hundreds"]),
        new(PeopleBand.Unknown, "Not sure", ["not sure", "don't know", "dont know", "unsure", "no idea"]),
    ];

    public static readonly IReadOnlyList<Option<Urgency>> Urgencies =
    [
        new(Urgency.Urgent, "Urgent: someone is at risk now", ["urgent", "now", "very urgent", "asap", "emergency", "at risk"]),
        new(Urgency.Soon, "Soon: in the next few weeks", ["soon", "weeks", "fairly urgent", "quite urgent"]),
        new(Urgency.NotUrgent, "Not urgent", ["not urgent", "no rush", "whenever", "low", "not really"]),
    ];

    public static readonly IReadOnlyList<Option<ContactMethod>> Contact =
    [
        new(ContactMethod.Chat, "Yes, in this chat", ["yes", "chat", "this chat", "here", "message me", "yes in this chat"]),
        new(ContactMethod.Email, "Yes, by email", ["email", "by email", "e-mail", "yes by email"]),
        new(ContactMethod.Phone, "Yes, by phone", ["phone", "by phone", "call me", "ring me", "yes by phone", "text me"]),
        new(ContactMethod.None, "No thanks", ["no", "no thanks", "nope", "no thank you", "don't contact me"]),
    ];

    public static string Label<T>(IReadOnlyList<Option<T>> options, T value) where T : struct, Enum =>
        options.First(o => o.Value.Equals(value)).Label;

    public static Choice[] Buttons<T>(IReadOnlyList<Option<T>> options, string step) where T : struct, Enum =>
        [.. options.Select(o => new Choice(o.Label, $"report:{step}:{o.Value}"))];

    public sealed record Option<T>(T Value, string Label, IReadOnlyList<string> Synonyms) where T : struct, Enum;
}

public enum PeopleBand
{
    Unknown,
    One,
    Few,
    Some,
    Many,
}

public enum Urgency
{
    NotUrgent,
    Soon,
    Urgent,
}

public enum ContactMethod
{
    None,
    Chat,
    Email,
    Phone,
}
