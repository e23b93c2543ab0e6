using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Tests.Fakes;

// The Bot Framework's OpenID metadata and key set on loopback, with test RSA keys made here, and tokens
// shaped like the ones the Bot Connector sends (issuer, aud = app id, serviceurl claim, kid header).
public sealed class FakeOpenIdIssuer : IAsyncDisposable
{
    public const string KeyId = "test-key-1";

    private readonly List<(string Kid, RSA Rsa, string[] Endorsements)> published = [];
    private WebApplication? app;
    private int metadataRequests;

    private FakeOpenIdIssuer()
    {
        Publish(KeyId, Key, "msteams", "emulator");
    }

    public RSA Key { get; } = RSA.Create(2048);

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public int MetadataRequests => metadataRequests;

    public static async Task<FakeOpenIdIssuer> StartAsync()
    {
        var issuer = new FakeOpenIdIssuer();
        (issuer.app, issuer.BaseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", issuer.Metadata);
            app.MapGet("/v1/.well-known/keys", issuer.Keys);
        });
        return issuer;
    }

    public void Publish(string kid, RSA rsa, params string[] endorsements)
    {
        lock (published)
        {
            published.Add((kid, rsa, endorsements));
        }
    }

    public string Token(TokenSpec spec)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime + spec.Shift;
        var key = spec.SymmetricKey is { } secret
            ? (SecurityKey)new SymmetricSecurityKey(secret) { KeyId = spec.Kid }
            : new RsaSecurityKey(spec.Rsa ?? Key) { KeyId = spec.Kid };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + spec.Lifetime,
            Claims = spec.ServiceUrl is null ? null : new Dictionary<string, object> { ["serviceurl"] = spec.ServiceUrl },
            SigningCredentials = new SigningCredentials(key, spec.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    // An unsigned token ("alg": "none") with a kid we publish: must never be accepted.
    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = KeyId });
        var payload = JsonSerializer.Serialize(new { iss = TokenSpec.BotFrameworkIssuer, aud = audience, serviceurl = serviceUrl, nbf = now, iat = now, exp = now + 3600 });
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header)) + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload)) + ".";
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Key.Dispose();
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref metadataRequests);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = TokenSpec.BotFrameworkIssuer,
            ["authorization_endpoint"] = BaseUrl + "/v1/authorize",
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    private IResult Keys()
    {
        lock (published)
        {
            var keys = published.Select(k =>
            {
                var parameters = k.Rsa.ExportParameters(false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = k.Kid,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = k.Endorsements,
                };
            }).ToList();
            return Results.Json(new { keys });
        }
    }
}
