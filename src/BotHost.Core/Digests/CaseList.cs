namespace BotHost.Core.Digests;

// Count is every matching case; Codes the newest of them, up to a cap.
public sealed record CaseList(int Count, IReadOnlyList<string> Codes);
