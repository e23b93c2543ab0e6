namespace BotHost.Core.Reports;

// The questions in order. ContactDetail is asked only when the worker wants email or phone contact.
public enum ReportStep
{
    Category,
    Employer,
    Description,
    When,
    People,
    Urgency,
    Contact,
    ContactDetail,
    Confirm,
}
