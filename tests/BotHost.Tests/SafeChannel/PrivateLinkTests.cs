using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.SafeChannel;

// Private links: asked for in an employer workspace (here "TEMP", listed nowhere), opened on the web chat.
public sealed class PrivateLinkTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_link_starts_a_fresh_web_conversation_in_its_flow_once_then_is_gone()
    {
        await using var host = new BotHostFactory(folder.Path);
        var token = await AskForLinkAsync(host, "report");
        var http = host.CreateClient();

        var first = await http.PostAsJsonAsync("/chat/api/sessions", new { link = token });
        var second = await http.PostAsJsonAsync("/chat/api/sessions", new { link = token });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var session = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
        var chat = new WebChatClient(host, session);
        Assert.StartsWith("Let's record what's happening.", (await chat.NextAsync()).Text, StringComparison.Ordinal);
        Assert.StartsWith("What is it about?", (await chat.NextAsync()).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Gone, (await PostStatusAsync(http, token)).StatusCode);
    }

    [Fact]
    public async Task Of_several_starts_at_once_with_one_link_exactly_one_wins()
    {
        await using var host = new BotHostFactory(folder.Path);
        var token = await AskForLinkAsync(host, "report");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.CreateClient().PostAsJsonAsync("/chat/api/sessions", new { link = token })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Gone));
    }

    [Fact]
    public async Task A_rep_link_starts_the_rep_hand_off()
    {
        await using var host = new BotHostFactory(folder.Path);
        var token = await AskForLinkAsync(host, "talk to a rep");

        var started = await host.CreateClient().PostAsJsonAsync("/chat/api/sessions", new { link = token });
        var chat = new WebChatClient(host, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!);

        Assert.Contains("Which employer or workplace", (await chat.NextAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_page_and_asking_its_status_do_not_spend_the_link()
    {
        await using var host = new BotHostFactory(folder.Path);
        var token = await AskForLinkAsync(host, "report");
        var http = host.CreateClient();

        var page = await http.GetAsync("/private");
        var status = await PostStatusAsync(http, token);
        var again = await PostStatusAsync(http, token);
        var start = await http.PostAsJsonAsync("/chat/api/sessions", new { link = token });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Report", (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("flow").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task An_expired_link_is_refused_like_an_unknown_one()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-18T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, time: clock);
        var token = await AskForLinkAsync(host, "report");
        var http = host.CreateClient();

        clock.Advance(TimeSpan.FromMinutes(29));
        var stillGood = await PostStatusAsync(http, token);
        clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await http.PostAsJsonAsync("/chat/api/sessions", new { link = token });
        var unknown = await http.PostAsJsonAsync("/chat/api/sessions", new { link = SafeLinkToken.New() });

        Assert.Equal(HttpStatusCode.OK, stillGood.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_hash_and_swept_once_used()
    {
        string token;
        await using (var host = new BotHostFactory(folder.Path))
        {
            token = await AskForLinkAsync(host, "report");
            await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
            {
                await connection.OpenAsync();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM safe_links";
                Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
            }

            var bytes = Files(host.DatabasePath).SelectMany(File.ReadAllBytes).ToArray();
            Assert.True(bytes.Length > 0);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(token)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token[..20])));
            Assert.NotEqual(-1, bytes.AsSpan().IndexOf(SafeLinkToken.Hash(token)));

            (await host.CreateClient().PostAsJsonAsync("/chat/api/sessions", new { link = token })).EnsureSuccessStatusCode();
            Assert.True(await host.Services.GetRequiredService<RetentionSweeper>().SweepAsync(default) >= 1);
            await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
            {
                // The spent link's row itself is gone, not merely refused.
                await connection.OpenAsync();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM safe_links";
                Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
            }
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/private")]
    [InlineData("/chat/chat.js")]
    [InlineData("/chat/chat.css")]
    public async Task The_page_and_its_assets_carry_a_strict_policy(string path)
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebChatHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_api_is_never_cached_and_a_bad_body_is_a_400()
    {
        await using var host = new BotHostFactory(folder.Path);
        var http = host.CreateClient();

        var status = await http.PostAsync("/chat/api/links/status", new StringContent("{not json", Encoding.UTF8, "application/json"));
        var session = await http.PostAsync("/chat/api/sessions", null);

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        Assert.Contains("no-store", session.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style()
    {
        await using var host = new BotHostFactory(folder.Path);

        var html = await host.CreateClient().GetStringAsync("/private");

        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("localStorage", await host.CreateClient().GetStringAsync("/chat/chat.js"), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    // Says it in a DM in an employer workspace and takes the token from the link button.
    public static async Task<string> AskForLinkAsync(BotHostFactory host, string text)
    {
        var outcome = await new EngineUser(host, "slack", "U-LINK", workspace: "TEMP").SayAsync(text);
        var url = outcome.Deliveries.SelectMany(d => d.Message.Choices).Single(c => c.Url is not null).Url!;
        Assert.StartsWith(BotHost.Hosting.BotHostApp.DevelopmentUrl + "/private#", url, StringComparison.Ordinal);
        return url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
    }

    private static Task<HttpResponseMessage> PostStatusAsync(HttpClient http, string token) =>
        http.PostAsJsonAsync("/chat/api/links/status", new { link = token });

    private static IEnumerable<string> Files(string database) =>
        new[] { database, database + "-wal" }.Where(File.Exists);
}
