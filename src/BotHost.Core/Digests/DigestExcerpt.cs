namespace BotHost.Core.Digests;

// A worker's words, shared with their consent and redacted. Category is "Other" when the report's
// category was too small to show, so an excerpt never names a hidden group.
public sealed record DigestExcerpt(string Category, string Text);
