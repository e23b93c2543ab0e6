using BotHost.Core.Together;

namespace BotHost.Core.Reports;

// The choices exactly as the worker sent them, kept inside the sealed content: the clear columns can change
// later (a waiting report that expires becomes count-only and stops sharing words), but a receipt must still
// be checkable against what was submitted.
public sealed record SubmittedChoices(
    ReportCategory Category,
    PeopleBand People,
    Urgency Urgency,
    bool ShareText,
    ReportDelivery Delivery,
    WaitExpiry? AfterWait);
