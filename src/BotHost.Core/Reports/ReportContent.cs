using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// Everything a worker typed, and anything that could identify them. Stored only sealed, with a data key
// of its own (ReportSealer); organisers read it only through an audited path.
public sealed record ReportContent
{
    public required string Employer { get; init; }
    public required string Description { get; init; }
    public required string When { get; init; }
    public DateOnly? WhenFrom { get; init; }
    public DateOnly? WhenTo { get; init; }
    public string? PeopleText { get; init; }
    public ContactMethod Contact { get; init; }

    // An email address or phone number, only when the worker asked to be contacted that way.
    public string? ContactDetail { get; init; }

    // Where to reach the worker in the chat they used, only when they agreed to contact or updates there.
    public ChannelAddress? ContactAddress { get; init; }

    // When the worker sent it (the turn's time), to the second: part of their receipt, so it can be checked later.
    public DateTimeOffset? SubmittedAt { get; init; }

    // Set with SubmittedAt; the receipt is built from these two and the fields above.
    public SubmittedChoices? Choices { get; init; }
}
