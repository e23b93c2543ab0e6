using System.Text;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Host;

// Walks every endpoint the host maps (with Slack and Teams switched on) and sends it junk: the answer may
// be 400, 401, 404 or 405, never a 5xx.
public sealed class EveryEndpointTests : IDisposable
{
    private static readonly (string ContentType, string Body)[] Junk =
    [
        ("application/json", "{not json"),
        ("application/json", "[]"),
        ("application/json", "{\"type\": 7, \"text\": {\"a\": null}}"),
        ("application/x-www-form-urlencoded", "payload=%7Bbroken&command=%2Funion"),
        ("text/plain", "\u0000\u0001 garbage"),
        ("application/json", new string('{', 5000)),
    ];

    private readonly TempFolder folder = new();

    [Fact]
    public async Task No_endpoint_answers_junk_with_a_server_error()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake);
        var client = host.CreateClient();
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .ToList();
        Assert.Contains(routes, r => r.Path == "/slack/events");
        Assert.Contains(routes, r => r.Path == "/api/messages");
        Assert.Contains(routes, r => r.Path == "/chat/api/messages");

        var failures = new List<string>();
        foreach (var (path, methods) in routes)
        {
            foreach (var method in methods)
            {
                foreach (var (contentType, body) in Junk)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path + "?session=%00&code=%ZZ&state=" + new string('x', 3000));
                    if (method != "GET")
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, contentType);
                    }

                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {path} ({contentType}) -> {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    public void Dispose() => folder.Dispose();
}
