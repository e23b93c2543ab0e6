using BotHost.Core.Reports;

namespace BotHost.Core.Digests;

// A report's description, opened because its worker agreed to share it; redacted before anyone sees it.
// Code is for the audit log only and is never shown beside the words.
public sealed record SharedText(string Code, ReportCategory Category, string Text);
