using BotHost.Core.Together;

namespace BotHost.Core.Reports;

// What stays in the clear, for counting and case handling: coarse categories, a day, a status. The
// employer appears only as a keyed hash (EmployerKey); see docs/privacy.md for the reasoning.
public sealed record ReportRecord(
    string Code,
    ReportCategory Category,
    Urgency Urgency,
    PeopleBand People,
    ReportStatus Status,
    bool WantsContact,
    bool ShareText,
    DateOnly CreatedOn,
    string EmployerKey)
{
    public string? AssignedTo { get; init; }

    public ReportDelivery Delivery { get; init; }

    // Waiting for others: organisers cannot see it, and it is in no count until its group is released.
    public bool Held { get; init; }
}

public enum ReportStatus
{
    Open,
    Acknowledged,
    Assigned,
    Closed,
}

public sealed record NewReport(
    string UserKey,
    string SourceId,
    ReportCategory Category,
    Urgency Urgency,
    PeopleBand People,
    bool ShareText,
    ReportContent Content)
{
    public ReportDelivery Delivery { get; init; }

    // Only for Together: what happens if the group is still too small after Together:MaxWaitDays.
    public WaitExpiry? Expiry { get; init; }
}
