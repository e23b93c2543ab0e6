using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotHost.DirectLine;
using BotHost.Slack;
using BotHost.Teams;
using BotHost.Teams.Connector;
using BotHost.Teams.Schema;
using BotHost.WebChat;
using Activity = BotHost.Teams.Schema.Activity;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.Teams;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BotHost.Tests.Reliability;

// Issue 17, part 1: 2 x 10,000 generated requests across every mapped POST endpoint, on a real loopback socket
// (so Kestrel's limits apply as in production), from a fixed seed. No answer may be a 5xx, the host must
// still be ready afterwards, and memory must come back down.
[Collection(nameof(FuzzRunsAlone))]
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Seed = 17_0001;
    private const int Requests = 10_000;
    private const int Workers = 4;

    private readonly TempFolder folder = new();
    private FakeSlackApi slack = null!;
    private FakeOpenIdIssuer issuer = null!;
    private FakeConnector connector = null!;
    private BotHostFactory host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        issuer = await FakeOpenIdIssuer.StartAsync();
        connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackClient.Secret,
            ["Slack:BotToken"] = SlackClient.BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl,
            ["Teams:AppId"] = Activities.AppId,
            ["Teams:AppPassword"] = "not-a-real-secret",
            ["Teams:TenantId"] = Activities.Tenant,
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            ["DirectLine:Secret"] = DirectLine.DirectLineHost.Secret,
            ["DirectLine:MessagesPerMinute"] = "0",

            // Per-address limits off, so that the bodies reach the handlers instead of a 429.
            ["WebChat:SessionsPerAddress"] = "0",
            ["WebChat:MessagesPerAddress"] = "0",
        };
        host = new BotHostFactory(folder.Path, settings, configure: builder =>
            builder.ConfigureTestServices(s => s.AddSingleton<IConnectorTokenSource, FakeTokenSource>()));
        host.UseKestrel(0);
        host.StartServer();
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Workers, UseCookies = false })
        {
            BaseAddress = host.ClientOptions.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    [Fact]
    public async Task Twenty_thousand_garbage_requests_get_no_server_error_and_leave_the_host_ready()
    {
        output.WriteLine($"Fuzz seed {Seed} (FuzzTests.Seed), 2 x {Requests} requests, {Workers} at a time");
        var targets = await TargetsAsync();
        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .ToHashSet();
        Assert.Equal(mapped.Order(), targets.Select(t => t.Route).Order());

        var master = new Random(Seed);
        var seeds = Enumerable.Range(0, 2 * Requests).Select(_ => master.Next()).ToArray();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<string, int>();
        var started = Measure();
        var clock = Stopwatch.StartNew();

        // Two passes of 10,000 requests each, the bodies over Kestrel's limit before the first. Buffer pools
        // (ArrayPool, Kestrel's) grow to the largest bodies seen and keep them, so the first pass is judged on
        // status codes only and the second on memory as well: a leak per request shows there, pools do not.
        var oversized = await SendOversizedAsync(targets, statuses, failures);
        await SendRangeAsync(targets, seeds, 0, Requests, statuses, failures);
        var warm = Measure();
        await SendRangeAsync(targets, seeds, Requests, 2 * Requests, statuses, failures);
        var elapsed = clock.Elapsed;

        var ready = await http.GetAsync("/readyz");
        var after = Measure();
        output.WriteLine($"{2 * Requests} requests + {oversized} over Kestrel's 30 MB in {elapsed.TotalSeconds:F1} s");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"  {key}: {count}");
        }

        output.WriteLine($"Managed heap {started.Heap / 1e6:F0} MB at start, {warm.Heap / 1e6:F0} MB after the first pass, {after.Heap / 1e6:F0} MB after the second; " +
            $"working set {started.WorkingSet / 1e6:F0}, {warm.WorkingSet / 1e6:F0}, {after.WorkingSet / 1e6:F0} MB");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(30)));
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.InRange(after.Heap - warm.Heap, long.MinValue, 64_000_000);
        Assert.InRange(after.WorkingSet - started.WorkingSet, long.MinValue, 800_000_000);
    }

    private async Task SendRangeAsync(IReadOnlyList<FuzzTarget> targets, int[] seeds, int from, int to, ConcurrentDictionary<string, int> statuses, ConcurrentQueue<string> failures)
    {
        var next = from - 1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                await SendOneAsync(targets, i, seeds[i], statuses, failures);
            }
        })));
    }

    private async Task SendOneAsync(IReadOnlyList<FuzzTarget> targets, int index, int seed, ConcurrentDictionary<string, int> statuses, ConcurrentQueue<string> failures)
    {
        var random = new Random(seed);
        var target = targets[random.Next(targets.Count)];
        var sample = target.Sample(random);
        var body = FuzzBodies.Next(random, sample, target.ContentType, target.Limit);
        await SendAsync(target, body, random, $"#{index} (seed {seed})", statuses, failures);
    }

    // Two bodies per endpoint over Kestrel's own limit, one with Content-Length and one chunked.
    private async Task<int> SendOversizedAsync(IReadOnlyList<FuzzTarget> targets, ConcurrentDictionary<string, int> statuses, ConcurrentQueue<string> failures)
    {
        var random = new Random(Seed);
        var body = FuzzBodies.Huge(random, 31_000_000, "application/json");
        foreach (var target in targets)
        {
            await SendAsync(target, body with { ContentType = target.ContentType, Chunked = false }, random, "oversized", statuses, failures);
            await SendAsync(target, body with { ContentType = target.ContentType, Chunked = true }, random, "oversized chunked", statuses, failures);
        }

        return targets.Count * 2;
    }

    private async Task SendAsync(FuzzTarget target, FuzzBodies.Body body, Random random, string label, ConcurrentDictionary<string, int> statuses, ConcurrentQueue<string> failures)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Path(random)) { Content = Content(body) };
        var authentic = target.Authorize(random, request, body.Bytes);
        var what = $"{label} {target.Route} {body.Kind} {body.Bytes.Length} bytes{(body.Chunked ? " chunked" : "")} {body.ContentType ?? "(no type)"}{(authentic ? "" : " unauthenticated")}";
        try
        {
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate($"{target.Route} {status}", 1, (_, n) => n + 1);
            // 501 is how the Bot Framework answers an invoke a bot does not handle (InvokeHandler), not a failure.
            if (status >= 500 && !(target.Route == TeamsEndpoints.Path && status == 501))
            {
                failures.Enqueue($"{what} -> {status}");
            }
            else if (target.Route == TeamsEndpoints.Path && !authentic && status != 401)
            {
                failures.Enqueue($"{what} -> {status}, not 401");
            }
        }
        catch (HttpRequestException ex) when (body.Bytes.Length > target.Limit)
        {
            // The host may answer 413 and close the connection while a too-large body is still being sent.
            statuses.AddOrUpdate($"{target.Route} closed while sending an oversized body", 1, (_, n) => n + 1);
            _ = ex;
        }
        catch (Exception ex)
        {
            failures.Enqueue($"{what} -> {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static HttpContent Content(FuzzBodies.Body body)
    {
        HttpContent content = body.Chunked ? new StreamContent(new UnseekableStream(body.Bytes)) : new ByteArrayContent(body.Bytes);
        if (body.ContentType is { } type)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        return content;
    }

    private async Task<IReadOnlyList<FuzzTarget>> TargetsAsync()
    {
        // A web chat session and a Direct Line conversation, so that some bodies get past their checks.
        using var started = await http.PostAsync("/chat/api/sessions", null);
        var session = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("sessionId").GetString()!;
        var conversation = await StartDirectLineAsync();
        var teamsToken = issuer.Token(new TokenSpec(Activities.AppId, connector.ServiceUrl));
        var slackSamples = SlackSamples();
        var teamsSamples = TeamsSamples();
        const string Json = "application/json";
        return
        [
            new("/slack/events", Fixed("/slack/events"), r => slackSamples[r.Next(slackSamples.Length)](r), Json, SlackEndpoints.MaxBody, SignSlack),
            new(TeamsEndpoints.Path, Fixed(TeamsEndpoints.Path), r => teamsSamples[r.Next(teamsSamples.Length)](r), Json, TeamsEndpoints.MaxBodyBytes, (r, req, _) => Bearer(r, req, teamsToken, 7)),
            new("/chat/api/sessions", Fixed("/chat/api/sessions"), _ => Utf8("""{"link":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"""), Json, WebChatEndpoints.MaxBodyBytes, None),
            new("/chat/api/links/status", Fixed("/chat/api/links/status"), _ => Utf8("""{"link":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"""), Json, WebChatEndpoints.MaxBodyBytes, None),
            new("/chat/api/messages", Fixed("/chat/api/messages"), r => WebChatMessage(r, session), Json, WebChatEndpoints.MaxBodyBytes, None),
            new(DirectLineEndpoints.Base + "/tokens/generate", Fixed(DirectLineEndpoints.Base + "/tokens/generate"), _ => Utf8("""{"user":{"id":"dl_fuzz","name":"Fuzz"}}"""), Json, RequestBody.MaxBytes, (r, req, _) => Bearer(r, req, DirectLine.DirectLineHost.Secret, 7)),
            new(DirectLineEndpoints.Base + "/tokens/refresh", Fixed(DirectLineEndpoints.Base + "/tokens/refresh"), _ => Utf8("{}"), Json, RequestBody.MaxBytes, (r, req, _) => Bearer(r, req, conversation.Token, 7)),
            new(DirectLineEndpoints.Base + "/conversations", Fixed(DirectLineEndpoints.Base + "/conversations"), _ => Utf8("""{"user":{"id":"dl_fuzz"}}"""), Json, RequestBody.MaxBytes, (r, req, _) => Bearer(r, req, DirectLine.DirectLineHost.Secret, 7)),
            new(DirectLineEndpoints.Base + "/conversations/{conversationId}/activities",
                r => $"{DirectLineEndpoints.Base}/conversations/{(r.Next(8) == 0 ? Uri.EscapeDataString(RandomText(r)) : conversation.Id)}/activities",
                r => Utf8($$"""{"type":"message","from":{"id":"dl_fuzz","name":"Fuzz"},"text":"help {{r.Next()}}","channelData":{"clientActivityID":"{{r.Next()}}"},"locale":"en-GB"}"""),
                Json, RequestBody.MaxBytes, (r, req, _) => Bearer(r, req, conversation.Token, 7)),
        ];
    }

    private static Func<Random, string> Fixed(string path) => _ => path;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string RandomText(Random random) => new([.. Enumerable.Range(0, random.Next(1, 80)).Select(_ => (char)random.Next(1, 0x3000))]);

    private static bool None(Random random, HttpRequestMessage request, byte[] body) => true;

    // Authentic 7 times in 8; otherwise no header, a garbage one, or a token with a character changed.
    private static bool Bearer(Random random, HttpRequestMessage request, string token, int of8)
    {
        switch (random.Next(8))
        {
            case var n when n < of8:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return true;
            default:
                var spoiled = random.Next(3) switch
                {
                    0 => null,
                    1 => "Bearer " + new string([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(0x20, 0x7F))]),
                    _ => "Bearer " + token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1],
                };
                if (spoiled is not null)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", spoiled);
                }

                return false;
        }
    }

    // Slack bodies are garbage but validly signed (the point is what happens after the signature check);
    // one in sixteen is signed wrongly or not at all.
    private static bool SignSlack(Random random, HttpRequestMessage request, byte[] body)
    {
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add(SlackSignature.TimestampHeader, ts);
        if (random.Next(16) == 0)
        {
            request.Headers.Add(SlackSignature.SignatureHeader, random.Next(2) == 0 ? "v0=" + new string('0', 64) : "garbage");
            return false;
        }

        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(SlackClient.Secret, ts, body));
        return true;
    }

    private Func<Random, byte[]>[] SlackSamples()
    {
        var events = Directory.GetFiles(SlackPayloads.Folder, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not ("block_actions" or "view_submission"))
            .Select(n => SlackPayloads.Load(n!))
            .ToList();
        return
        [
            r =>
            {
                var envelope = events[r.Next(events.Count)].DeepClone().AsObject();
                envelope["event_id"] = "EvFuzz" + r.Next();
                return Utf8(envelope.ToJsonString());
            },
            r => Form(("payload", Interaction(r, "block_actions"))),
            r => Form(("payload", Interaction(r, "view_submission"))),
            r => Form(("token", "XXYYZZ"), ("team_id", "T0001"), ("channel_id", "C0001"), ("user_id", "U0001"), ("command", "/union"),
                ("text", r.Next(2) == 0 ? "help" : RandomText(r)), ("response_url", slack.ResponseUrl("fuzz")), ("trigger_id", "1.2.abc"), ("api_app_id", "A0001")),
        ];
    }

    private static string Interaction(Random random, string name)
    {
        var payload = SlackPayloads.Load(name);
        payload["trigger_id"] = "1.2." + random.Next();
        return payload.ToJsonString();
    }

    private static byte[] Form(params (string Name, string Value)[] fields) =>
        Utf8(string.Join('&', fields.Select(f => f.Name + "=" + Uri.EscapeDataString(f.Value))));

    private Func<Random, byte[]>[] TeamsSamples()
    {
        var url = connector.ServiceUrl;
        Activity[] activities =
        [
            Activities.Message(url, "help"),
            Activities.Submit(url, new { action = "choice", value = "1" }),
            Activities.Execute(url, new { verb = "press" }),
            Activities.BotInstalled(url),
            Activities.ChannelMention(url, "help"),
        ];
        return [.. activities.Select(a => (Func<Random, byte[]>)(r =>
            JsonSerializer.SerializeToUtf8Bytes(a with { Id = Activities.NewId() }, TeamsJson.Default.Activity)))];
    }

    private static byte[] WebChatMessage(Random random, string session) => random.Next(3) switch
    {
        0 => Utf8($$"""{"sessionId":"{{session}}","id":"{{random.Next()}}","text":"help"}"""),
        1 => Utf8($$"""{"sessionId":"{{session}}","id":"{{random.Next()}}","action":"menu"}"""),
        _ => Utf8($$$"""{"sessionId":"{{{session}}}","id":"{{{random.Next()}}}","form":{"employer":"Acme","description":"x"}}"""),
    };

    private async Task<(string Id, string Token)> StartDirectLineAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineEndpoints.Base + "/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLine.DirectLineHost.Secret);
        using var response = await http.SendAsync(request);
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    // The test's log collector is not the host's memory: emptied before each measurement.
    private (long Heap, long WorkingSet) Measure()
    {
        host.Logs.Clear();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
        await slack.DisposeAsync();
        folder.Dispose();
    }

    // Makes HttpClient send the body chunked: it cannot know the length in advance.
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
