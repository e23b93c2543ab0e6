namespace BotHost.DirectLine.Auth;

public enum TokenStatus
{
    Invalid,
    Expired,
    Valid,
}

public sealed record TokenCheck(TokenStatus Status, TokenClaims? Claims = null)
{
    public static readonly TokenCheck Invalid = new(TokenStatus.Invalid);
}
