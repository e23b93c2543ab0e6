using BotHost.Core.Reports;

namespace BotHost.Core.Digests;

// How many reports of one category about one employer (by its keyed hash) fall in a period.
public sealed record ReportGroupCount(ReportCategory Category, string EmployerKey, int Count);
