using System.Net;
using System.Net.Http.Json;
using BotHost.Core.SafeChannel;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;

namespace BotHost.Tests.WebChat;

// One address cannot start endless sessions (each would count as another reporter) or flood the inbox.
public sealed class WebChatRateLimitTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task The_eleventh_session_from_one_address_in_ten_minutes_is_429_with_retry_after_and_no_body()
    {
        await using var host = new BotHostFactory(folder.Path);
        var http = host.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/chat/api/sessions", null)).StatusCode);
        }

        var refused = await http.PostAsync("/chat/api/sessions", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retry = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retry);
        Assert.InRange(retry.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Equal("", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Messages_over_the_limit_are_429_and_not_accepted()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["WebChat:MessagesPerAddress"] = "3" });
        var chat = await WebChatClient.StartAsync(host);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await chat.SendAsync($"hello {i}")).StatusCode);
        }

        var refused = await chat.SendAsync("one too many");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_private_link_session_counts_against_the_same_limit()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["WebChat:SessionsPerAddress"] = "1" });
        var http = host.CreateClient();
        (await http.PostAsync("/chat/api/sessions", null)).EnsureSuccessStatusCode();

        var refused = await http.PostAsJsonAsync("/chat/api/sessions", new { link = SafeLinkToken.New() });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task A_limit_of_zero_is_off()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["WebChat:SessionsPerAddress"] = "0" });
        var http = host.CreateClient();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            codes.Add((await http.PostAsync("/chat/api/sessions", null)).StatusCode);
        }

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.Created, code));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void Addresses_are_limited_per_ipv4_address_and_per_ipv6_64(string address, string key) =>
        Assert.Equal(key, WebChatRateLimits.AddressKey(IPAddress.Parse(address)));

    public void Dispose() => folder.Dispose();
}
