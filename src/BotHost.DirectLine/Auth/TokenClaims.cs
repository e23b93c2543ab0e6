namespace BotHost.DirectLine.Auth;

// What a valid token says: the one conversation it opens and the user it speaks for (stream tokens carry no user).
public sealed record TokenClaims(string ConversationId, string? User, DateTimeOffset Expires);
