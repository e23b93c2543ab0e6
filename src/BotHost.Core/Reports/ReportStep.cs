namespace BotHost.Core.Reports;

// The questions in order. Expiry is asked only for a report that waits for others; Contact is skipped for
// a count-only report (nobody will contact its author); ContactDetail only for email or phone contact.
public enum ReportStep
{
    Category,
    Employer,
    Description,
    When,
    People,
    Urgency,
    Delivery,
    Expiry,
    Contact,
    ContactDetail,
    Confirm,
}
