using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Reliability;

// Slack's Web API rate-limits (429 with Retry-After), then fails (500, 503), then recovers, while eight
// workers each ask three questions. Every reply must arrive once, and each worker's in the order asked.
public sealed class OutboundFaultTests : SlackHostTest
{
    private const int Workers = 8;

    // Questions whose answers start with different lines, so a worker's replies show their order.
    private static readonly string[] Questions =
    [
        "Can my employer read my Slack messages?",
        "What is statutory sick pay?",
        "How do I join the union?",
    ];

    private static readonly (int Status, string Body, (string, string)[] Headers)[] Faults =
    [
        (429, """{"ok":false,"error":"ratelimited"}""", [("Retry-After", "1")]),
        (429, """{"ok":false,"error":"ratelimited"}""", [("Retry-After", "1")]),
        (500, "oops", []),
        (503, "busy", []),
        (500, "oops", []),
    ];

    [Fact]
    public async Task Replies_survive_rate_limits_and_server_errors_once_each_and_in_order()
    {
        var expected = await FirstLinesAsync();
        foreach (var (status, body, headers) in Faults)
        {
            Fake.AnswerOnce("chat.postMessage", status, body, headers);
        }

        var before = Fake.CallsTo("chat.postMessage").Count;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            for (var turn = 0; turn < Questions.Length; turn++)
            {
                await Slack.PostEventAsync(Dm(worker, turn, Questions[turn]));
            }
        }));

        // The canned faults answer the first calls after they were queued; every call after them succeeded.
        await Fake.WaitForAsync("chat.postMessage", count: before + Faults.Length + (Workers * Questions.Length), timeout: TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate would come late
        var delivered = Fake.CallsTo("chat.postMessage").Skip(before + Faults.Length).ToList();
        Assert.Equal(Workers * Questions.Length, delivered.Count);
        for (var worker = 0; worker < Workers; worker++)
        {
            var got = delivered.Where(c => c.Field("channel") == Channel(worker)).Select(c => FirstLine(c.Field("text"))).ToList();
            Assert.Equal(Questions.Select(q => expected[q]), got);
        }
    }

    // What each answer starts with, asked once before any fault is queued.
    private async Task<Dictionary<string, string>> FirstLinesAsync()
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Questions.Length; i++)
        {
            await Slack.PostEventAsync(Dm(Workers, i, Questions[i]));
            var reply = await Fake.WaitForAsync("chat.postMessage", count: i + 1, timeout: TimeSpan.FromSeconds(30));
            lines[Questions[i]] = FirstLine(reply.Field("text"));
        }

        Assert.Equal(Questions.Length, lines.Values.Distinct().Count());
        return lines;
    }

    private static System.Text.Json.Nodes.JsonObject Dm(int worker, int turn, string text)
    {
        var envelope = SlackPayloads.Message(text, $"EvF{worker:D2}T{turn:D2}");
        envelope["event"]!["channel"] = Channel(worker);
        envelope["event"]!["user"] = $"UF{worker:D4}";
        envelope["event"]!["ts"] = $"1767225600.{(worker * 100) + turn:D6}";
        return envelope;
    }

    private static string Channel(int worker) => $"DF{worker:D4}";

    private static string FirstLine(string text) => text.Split('\n')[0];
}
