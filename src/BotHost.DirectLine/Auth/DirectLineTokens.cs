using BotHost.Core.Privacy;
using BotHost.Core.SafeChannel;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.DirectLine.Auth;

// Direct Line tokens are JWTs (HS256) signed with a key derived from the keyring, so no new key to manage and
// they survive a restart. A JWT because Web Chat reads its "user" claim as the user id, as it does for
// Microsoft's service. Two kinds: a bearer token (header only, 30 minutes, refreshable) and a stream token
// (in the WebSocket URL, which logs may record, so it only opens the stream, and only for a minute).
public sealed class DirectLineTokens(Keyring keyring, TimeProvider time, IOptions<DirectLineOptions> options)
{
    public const string Issuer = "bothost-directline";
    public const int MaxUserLength = 64;
    public static readonly TimeSpan StreamLifetime = TimeSpan.FromSeconds(60);

    private const string BearerPurpose = "token";
    private const string StreamPurpose = "stream";

    // Times are set here from the TimeProvider, never by the library from the system clock.
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly SymmetricSecurityKey key = new(keyring.Mac("directline-token-key"));

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.TokenMinutes);

    public int ExpiresInSeconds => (int)Lifetime.TotalSeconds;

    // A user id nobody can guess, for a conversation whose user the union's server did not name.
    public static string NewUser() => "dl_" + RandomToken.New(16);

    public static bool IsAcceptableUser(string? user) =>
        user is { Length: > 0 and <= MaxUserLength } && user.All(c => c > ' ' && c != '\u007f');

    public string Issue(string conversationId, string user) => Create(BearerPurpose, conversationId, user, Lifetime);

    public string IssueStream(string conversationId) => Create(StreamPurpose, conversationId, null, StreamLifetime);

    public Task<TokenCheck> CheckAsync(string token) => CheckAsync(token, BearerPurpose);

    public Task<TokenCheck> CheckStreamAsync(string token) => CheckAsync(token, StreamPurpose);

    private string Create(string purpose, string conversationId, string? user, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object> { ["conv"] = conversationId, ["purpose"] = purpose };
        if (user is not null)
        {
            claims["user"] = user;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<TokenCheck> CheckAsync(string token, string purpose)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateIssuer = true,
            ValidateAudience = false,
            // Expiry is checked below against the TimeProvider, so an expired token can be told from a forged one.
            ValidateLifetime = false,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            IssuerSigningKey = key,
            RequireSignedTokens = true,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>("purpose", out var kind) || kind != purpose
            || !jwt.TryGetPayloadValue<string>("conv", out var conversation) || jwt.ValidTo == DateTime.MinValue)
        {
            return TokenCheck.Invalid;
        }

        var user = jwt.TryGetPayloadValue<string>("user", out var claimed) ? claimed : null;
        if (purpose == BearerPurpose && !IsAcceptableUser(user))
        {
            return TokenCheck.Invalid;
        }

        var claims = new TokenClaims(conversation, user, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
        return new TokenCheck(claims.Expires <= time.GetUtcNow() ? TokenStatus.Expired : TokenStatus.Valid, claims);
    }
}
