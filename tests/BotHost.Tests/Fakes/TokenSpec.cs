using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Tests.Fakes;

// One token to mint: defaults are a valid Bot Framework token for the given audience and service URL.
public sealed record TokenSpec(string Audience, string? ServiceUrl)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public string Issuer { get; init; } = BotFrameworkIssuer;
    public string Kid { get; init; } = FakeOpenIdIssuer.KeyId;
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
    public RSA? Rsa { get; init; }
    public byte[]? SymmetricKey { get; init; }
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    // Moves issue and expiry times: a negative shift beyond lifetime + skew makes an expired token.
    public TimeSpan Shift { get; init; } = TimeSpan.Zero;
}
