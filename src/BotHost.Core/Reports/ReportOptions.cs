namespace BotHost.Core.Reports;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    // Reports and their metadata are deleted this many days after they were made.
    public int RetentionDays { get; set; } = 365;

    // An unfinished report is forgotten after this many minutes without an answer.
    public int DraftExpiryMinutes { get; set; } = 60;
}
