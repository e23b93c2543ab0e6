namespace BotHost.Core.Reports;

public enum ReportCategory
{
    Surveillance,
    AiAutomation,
    Workload,
    PayContracts,
    Discrimination,
    HealthSafety,
    JobSecurity,
    DataPrivacy,
    Other,
}
