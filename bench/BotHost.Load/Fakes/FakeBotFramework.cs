using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Load.Fakes;

// Everything Teams' side of the Bot Framework does for one bot, on loopback: the OpenID metadata and keys
// that inbound tokens are checked against, an Entra token endpoint for the outbound token, and the
// Connector that replies are posted to (counted per conversation).
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "load-key-1";

    private readonly RSA key = RSA.Create(2048);
    private WebApplication? app;

    public ReplyCounter Replies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string ServiceUrl => BaseUrl + "/teams/";

    public static async Task<FakeBotFramework> StartAsync()
    {
        var fake = new FakeBotFramework();
        (fake.app, fake.BaseUrl) = await Loopback.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", fake.Metadata);
            app.MapGet("/v1/.well-known/keys", fake.Keys);
            app.MapGet("/common/discovery/instance", fake.InstanceDiscovery);
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", fake.TenantMetadata);
            app.MapPost("/{tenant}/oauth2/v2.0/token", () => Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "load-connector-token" }));
            app.MapPost("/teams/v3/conversations/{conversation}/activities/{reply?}", fake.Reply);
        });
        return fake;
    }

    // A token shaped like the Bot Connector's: issuer, audience = the bot's app id, serviceurl claim.
    public string Token(string appId)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        key.Dispose();
    }

    private IResult Reply(string conversation)
    {
        Replies.Count(conversation);
        return Results.Json(new { id = "reply-1" });
    }

    private IResult Metadata() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private IResult Keys()
    {
        var parameters = key.ExportParameters(false);
        return Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new[] { "msteams" },
                },
            },
        });
    }

    private IResult InstanceDiscovery() => Results.Json(new Dictionary<string, object>
    {
        ["tenant_discovery_endpoint"] = BaseUrl + "/common/v2.0/.well-known/openid-configuration",
        ["api-version"] = "1.1",
        ["metadata"] = new[] { new Dictionary<string, object> { ["preferred_network"] = new Uri(BaseUrl).Authority, ["preferred_cache"] = new Uri(BaseUrl).Authority, ["aliases"] = new[] { new Uri(BaseUrl).Authority } } },
    });

    private IResult TenantMetadata(string tenant) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = BaseUrl + "/" + tenant + "/v2.0",
        ["token_endpoint"] = BaseUrl + "/" + tenant + "/oauth2/v2.0/token",
        ["authorization_endpoint"] = BaseUrl + "/" + tenant + "/oauth2/v2.0/authorize",
    });
}
