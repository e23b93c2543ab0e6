namespace BotHost.DirectLine.Auth;

public enum CredentialKind
{
    // Missing, malformed or forged: 401.
    Refused,

    // One of ours that has run out: 403, as Microsoft's service answers, so clients ask for a new one.
    Expired,

    // The Direct Line secret: the union's own server, trusted with every conversation.
    Secret,

    // A token for one conversation and one user.
    Token,

    // Development with no secret: may get a token or start a conversation, and nothing else.
    Open,
}

public sealed record Credential(CredentialKind Kind, TokenClaims? Claims = null)
{
    public static readonly Credential Refused = new(CredentialKind.Refused);

    public bool CanStart => Kind is CredentialKind.Secret or CredentialKind.Open;
}
