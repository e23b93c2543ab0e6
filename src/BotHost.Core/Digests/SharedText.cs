using BotHost.Core.Reports;

namespace BotHost.Core.Digests;

// A report's description, opened because its worker agreed to share it; redacted before anyone sees it.
public sealed record SharedText(ReportCategory Category, string Text);
