using System.Diagnostics;
using BotHost.Tests.DirectLine;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BotHost.Tests.Telemetry;

// Turns on three channels, with every exporter on: the measurements must be there, and no span, metric,
// scrape or OTLP export may carry what people typed, who they are or which conversation it was.
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryPrivacyTests : IDisposable
{
    private const string Canary = "canary-0e7b";
    private const string SlackUser = "U0CANARY7";
    private const string SlackConversation = "D0CANARY7";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Turns_are_measured_and_nothing_exported_carries_text_or_ids()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var slackApi = await FakeSlackApi.StartAsync();
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<MetricSnapshot>();
        await using var host = DirectLineHost.Start(folder, Settings(collector, slackApi), web => web.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));

        var slack = new SlackClient(new HttpClient { BaseAddress = host.BaseAddress });
        var message = SlackPayloads.Message($"can my employer read my emails {Canary}");
        message["event"]!["user"] = SlackUser;
        message["event"]!["channel"] = SlackConversation;
        (await slack.PostEventAsync(message)).EnsureSuccessStatusCode();
        await slackApi.WaitForAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(30));

        var conversation = await host.StartAsync();
        var (_, welcomed) = await conversation.WaitForBotAsync(_ => true);
        await conversation.SayAsync($"help {Canary}");
        await conversation.WaitForBotAsync(_ => true, welcomed);
        using (var socket = await conversation.ConnectAsync())
        {
            await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        var directLineUser = (await conversation.GetAsync()).GetProperty("activities").EnumerateArray()
            .First(a => a.GetProperty("from").GetProperty("role").GetString() == "user").GetProperty("from").GetProperty("id").GetString()!;

        var chat = await WebChatClient.StartAsync(host.Factory);
        await chat.SayAsync($"what is flexible working {Canary}");
        (await host.Http.GetAsync($"/?{Canary}={chat.SessionId}")).EnsureSuccessStatusCode();
        await host.Http.GetAsync($"/nowhere/{conversation.Id}/{Canary}");

        host.Factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var scrape = await host.Http.GetStringAsync("/metrics");
        host.Factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var latest = metrics.Snapshot().GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());
        Assert.True(Sum(latest, "bothost.turns.accepted", ("channel", "slack")) >= 1);
        Assert.True(Sum(latest, "bothost.turns.accepted", ("channel", "directline")) >= 1);
        Assert.True(Sum(latest, "bothost.turns.accepted", ("channel", "webchat")) >= 2); // the welcome and the question
        Assert.True(Sum(latest, "bothost.replies.sent", ("channel", "slack"), ("outcome", "sent")) >= 1);
        Assert.True(Count(latest, "bothost.turn.duration", ("outcome", "done")) >= 3);
        Assert.True(Count(latest, "bothost.faq.confidence") >= 1);
        Assert.Contains(latest["bothost.queue.lag"].MetricPoints, p => Tag(p, "queue") == "inbox");
        var spanList = spans.Snapshot();
        Assert.Contains(spanList, s => s.Source.Name == "BotHost" && Equals(s.GetTagItem("channel"), "directline") && Equals(s.GetTagItem("outcome"), "done"));
        Assert.Contains(spanList, s => Equals(s.GetTagItem("http.route"), "/v3/directline/conversations/{conversationId}/activities"));
        Assert.Contains("bothost.turn", collector.Received("traces"), StringComparison.Ordinal);
        Assert.Contains("bothost.turns.accepted", collector.Received("metrics"), StringComparison.Ordinal);
        Assert.Contains("bothost_turns_accepted_total", scrape, StringComparison.Ordinal);

        string[] secrets = [Canary, SlackUser, SlackConversation, directLineUser, conversation.Id, conversation.Token, chat.SessionId];
        var exported = new[] { ("span", spanList.SelectMany(Texts)), ("metric", latest.Values.SelectMany(Texts)) }
            .SelectMany(kind => kind.Item2.Select(text => (Where: kind.Item1, Text: text)))
            .Append(("scrape", scrape))
            .Append(("otlp traces", collector.Received("traces")))
            .Append(("otlp metrics", collector.Received("metrics")));
        foreach (var (where, text) in exported)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} carries \"{secret}\": {Shorten(text)}");
            }
        }
    }

    private static Dictionary<string, string?> Settings(FakeOtlpCollector collector, FakeSlackApi slackApi) => new()
    {
        ["Telemetry:Otlp:Endpoint"] = collector.BaseUrl,
        ["Telemetry:Otlp:Protocol"] = "http/protobuf",
        ["Telemetry:Prometheus"] = "true",
        ["Slack:SigningSecret"] = SlackClient.Secret,
        ["Slack:BotToken"] = SlackClient.BotToken,
        ["Slack:ApiBaseUrl"] = slackApi.BaseUrl,
    };

    // Everything about a span an exporter could write out.
    private static IEnumerable<string> Texts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "", span.TraceStateString ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Prepend(e.Name)))
            .Concat(span.Links.SelectMany(l => l.Tags?.Select(t => $"{t.Key}={t.Value}") ?? []))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private static IEnumerable<string> Texts(MetricSnapshot metric)
    {
        yield return metric.Name;
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }
    }

    private static long Sum(Dictionary<string, MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetSumLong());

    private static long Count(Dictionary<string, MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetHistogramCount());

    private static IEnumerable<MetricPoint> Points(Dictionary<string, MetricSnapshot> metrics, string name, (string Key, string Value)[] tags) =>
        metrics.TryGetValue(name, out var metric)
            ? metric.MetricPoints.Where(p => tags.All(t => Tag(p, t.Key) == t.Value))
            : [];

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    public void Dispose() => folder.Dispose();
}
