namespace BotHost.Core.Digests;

// Key null is the folded "Other" group; Count null means "fewer than the threshold".
public sealed record FoldedGroup(string? Key, int? Count, int? Change);
