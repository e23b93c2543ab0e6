using System.Net;
using System.Security.Cryptography;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Tests.Teams;

public sealed class ConnectorAuthTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeOpenIdIssuer issuer = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        issuer = await FakeOpenIdIssuer.StartAsync();
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Valid_token_is_accepted()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);

        var response = await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    [InlineData("expired")]
    [InlineData("not yet valid")]
    [InlineData("bad signature")]
    [InlineData("unknown key")]
    [InlineData("alg none")]
    [InlineData("symmetric key")]
    [InlineData("missing header")]
    [InlineData("not bearer")]
    [InlineData("serviceUrl mismatch")]
    [InlineData("no serviceurl claim")]
    [InlineData("channel not endorsed")]
    [InlineData("garbage")]
    public async Task Invalid_request_is_refused_with_an_empty_401(string problem)
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);
        using var stranger = RSA.Create(2048);
        var activity = Activities.Message(connector.ServiceUrl, "help");
        string? token = problem switch
        {
            "wrong audience" => issuer.Token(Valid() with { Audience = Guid.NewGuid().ToString() }),
            "wrong issuer" => issuer.Token(Valid() with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }),
            "expired" => issuer.Token(Valid() with { Shift = TimeSpan.FromMinutes(-70) }),
            "not yet valid" => issuer.Token(Valid() with { Shift = TimeSpan.FromMinutes(10) }),
            "bad signature" => issuer.Token(Valid() with { Rsa = stranger }),
            "unknown key" => issuer.Token(Valid() with { Rsa = stranger, Kid = "not-published" }),
            "alg none" => FakeOpenIdIssuer.UnsignedToken(Activities.AppId, connector.ServiceUrl),
            "symmetric key" => issuer.Token(Valid() with { SymmetricKey = RandomNumberGenerator.GetBytes(32), Algorithm = SecurityAlgorithms.HmacSha256 }),
            "missing header" => null,
            "not bearer" => null,
            "serviceUrl mismatch" => issuer.Token(Valid() with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            "no serviceurl claim" => issuer.Token(Valid() with { ServiceUrl = null }),
            "channel not endorsed" => issuer.Token(Valid()),
            _ => "not.a.jwt",
        };
        if (problem == "channel not endorsed")
        {
            activity = activity with { ChannelId = "slack" };
        }

        var response = problem == "not bearer"
            ? await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = System.Net.Http.Json.JsonContent.Create(activity, BotHost.Teams.TeamsJson.Default.Activity),
                Headers = { { "Authorization", "Basic " + issuer.Token(Valid()) } },
            })
            : await host.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_request_stores_nothing_and_sends_nothing()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);

        await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid() with { Audience = "someone-else" }));

        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(0, await TeamsDatabase.CountAsync(folder, "SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task Token_within_the_five_minute_clock_skew_is_accepted()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);

        var response = await host.PostAsync(
            Activities.Message(connector.ServiceUrl, "help"),
            issuer.Token(Valid() with { Lifetime = TimeSpan.FromMinutes(10), Shift = TimeSpan.FromMinutes(-13) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_published_after_start_is_picked_up_by_one_refresh()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);
        await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid()));
        using var rotated = RSA.Create(2048);
        issuer.Publish("rotated-key", rotated, "msteams");

        var response = await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid() with { Rsa = rotated, Kid = "rotated-key" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, issuer.MetadataRequests);
    }

    [Fact]
    public async Task Unknown_keys_do_not_hammer_the_metadata_server()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);
        using var stranger = RSA.Create(2048);

        for (var i = 0; i < 5; i++)
        {
            await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid() with { Rsa = stranger, Kid = "made-up-" + i }));
        }

        Assert.Equal(2, issuer.MetadataRequests);
    }

    [Fact]
    public async Task Malformed_activity_with_a_valid_token_is_400()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent("{\"type\": \"message\", \"text\": ", System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", "Bearer " + issuer.Token(Valid()) } },
        };

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_outside_development_every_request_is_refused()
    {
        await using var host = TeamsTestHost.Unauthenticated(folder.Path, environment: "Production");

        var response = await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Unavailable_signing_keys_mean_401_not_500()
    {
        await using var host = TeamsTestHost.Authenticated(folder.Path, issuer, new Dictionary<string, string?>
        {
            ["Teams:OpenIdMetadataUrl"] = connector.BaseUrl + "/no-such-metadata",
        });

        var response = await host.PostAsync(Activities.Message(connector.ServiceUrl, "help"), issuer.Token(Valid()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private TokenSpec Valid() => new(Activities.AppId, connector.ServiceUrl);
}
