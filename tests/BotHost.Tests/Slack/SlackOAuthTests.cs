using System.Net;
using System.Text;
using BotHost.Slack.OAuth;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Slack;

public sealed class SlackOAuthTests : IAsyncLifetime
{
    private const string RedirectUri = "https://bot.example.org/slack/oauth_redirect";

    private readonly TempFolder folder = new();
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        host = SlackHost.Create(folder, fake, new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = null,
            ["Slack:ClientId"] = "1111.2222",
            ["Slack:ClientSecret"] = "client-secret",
            ["Slack:RedirectUri"] = RedirectUri,
        });
        browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    [Fact]
    public async Task Install_sends_the_browser_to_Slack_with_a_state_bound_to_a_cookie()
    {
        var response = await browser.GetAsync("/slack/install");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?", location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("1111.2222", query["client_id"]);
        Assert.Equal("chat:write,im:history,im:write,app_mentions:read,commands", query["scope"]);
        Assert.Equal(RedirectUri, query["redirect_uri"]);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{OAuthState.Cookie}={query["state"]};", cookie);
        Assert.Contains("max-age=600", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/slack", cookie);
    }

    [Fact]
    public async Task The_callback_stores_the_token_sealed_and_the_workspace_is_served_with_it()
    {
        var state = await StartInstallAsync();

        var callback = await CallbackAsync(state, state);

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("Installed", await callback.Content.ReadAsStringAsync());
        var exchange = await fake.WaitForAsync("oauth.v2.access");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("1111.2222:client-secret")), exchange.Authorization);
        var form = QueryHelpers.ParseQuery(exchange.Body);
        Assert.Equal("the-code", form["code"]);
        Assert.Equal(RedirectUri, form["redirect_uri"]);
        Assert.NotNull(await host.Services.GetRequiredService<ISlackInstallationStore>().FindAsync("T0002", CancellationToken.None));
        foreach (var file in Directory.GetFiles(folder.Path, "bothost.db*"))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.True(bytes.AsSpan().IndexOf("xoxb-installed-T0002"u8) < 0, $"{Path.GetFileName(file)} holds the token in the clear");
        }

        var slack = new SlackClient(host.CreateClient());
        var message = SlackPayloads.Message("help");
        message["team_id"] = "T0002";
        await slack.PostEventAsync(message);

        var post = await fake.WaitForAsync("chat.postMessage");
        Assert.Equal("Bearer xoxb-installed-T0002", post.Authorization);
    }

    [Fact]
    public async Task A_state_works_once()
    {
        var state = await StartInstallAsync();

        var first = await CallbackAsync(state, state);
        var second = await CallbackAsync(state, state);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Single(fake.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task A_state_from_another_browser_or_none_is_refused()
    {
        var state = await StartInstallAsync();

        var noCookie = await CallbackAsync(state, cookie: null);
        var otherCookie = await CallbackAsync(state, cookie: "someone-elses-state");
        var madeUp = await CallbackAsync("made-up", cookie: "made-up");

        Assert.Equal(HttpStatusCode.BadRequest, noCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, madeUp.StatusCode);
        Assert.Empty(fake.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task An_expired_state_is_refused()
    {
        var states = host.Services.GetRequiredService<ISlackOAuthStateStore>();
        var past = TimeProvider.System.GetUtcNow().AddMinutes(-20);
        await states.AddAsync(OAuthState.Hash("old-state"), past.AddMinutes(10), past, CancellationToken.None);

        var response = await CallbackAsync("old-state", "old-state");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(fake.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Cancelling_on_Slack_installs_nothing()
    {
        var response = await browser.GetAsync("/slack/oauth_redirect?error=access_denied&state=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cancelled", await response.Content.ReadAsStringAsync());
        Assert.Empty(fake.CallsTo("oauth.v2.access"));
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public async Task Uninstalling_deletes_the_workspaces_token(string eventName)
    {
        var state = await StartInstallAsync();
        await CallbackAsync(state, state);
        var installations = host.Services.GetRequiredService<ISlackInstallationStore>();
        Assert.NotNull(await installations.FindAsync("T0002", CancellationToken.None));

        var response = await new SlackClient(host.CreateClient()).PostEventAsync(SlackPayloads.Load(eventName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await installations.FindAsync("T0002", CancellationToken.None));
    }

    [Fact]
    public async Task Without_OAuth_settings_install_is_not_there()
    {
        await using var single = SlackHost.Create(folder, fake);

        var response = await single.CreateClient().GetAsync("/slack/install");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    private async Task<string> StartInstallAsync()
    {
        var response = await browser.GetAsync("/slack/install");
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    private async Task<HttpResponseMessage> CallbackAsync(string state, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/slack/oauth_redirect?code=the-code&state={Uri.EscapeDataString(state)}");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{OAuthState.Cookie}={cookie}");
        }

        return await browser.SendAsync(request);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
