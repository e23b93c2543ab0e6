namespace BotHost.Teams.Auth;

// Who sent a request: an anonymous caller (unauthenticated local mode), or the Bot Framework with a
// validated token whose serviceurl claim and key endorsements still have to match the activity.
public sealed record InboundIdentity(string? ServiceUrlClaim, IReadOnlyList<string>? Endorsements)
{
    public static readonly InboundIdentity Anonymous = new(null, null) { IsAnonymous = true };

    public bool IsAnonymous { get; private init; }
}
