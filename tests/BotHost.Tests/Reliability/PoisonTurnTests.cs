using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotHost.Core.Pipeline;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Reliability;

// A turn whose processing throws every time (issue 17, part 2): retried with backoff, parked after
// Pipeline:MaxTurnAttempts, counted in /readyz/queues while its body stays sealed, never in the way of other
// conversations, and answered with exactly one apology.
public sealed class PoisonTurnTests : IAsyncLifetime
{
    private const string Poisoned = "D0POISON";
    private const string Canary = "poison-canary-3f9e1c my manager said";
    private const int MaxAttempts = 3;

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(TimeProvider.System.GetUtcNow());
    private FakeSlackApi fake = null!;
    private BotHostFactory host = null!;
    private SlackClient slack = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeSlackApi.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackClient.Secret,
            ["Slack:BotToken"] = SlackClient.BotToken,
            ["Slack:ApiBaseUrl"] = fake.BaseUrl,
            ["Pipeline:MaxTurnAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        host = new BotHostFactory(folder.Path, settings, clock, builder => builder.ConfigureTestServices(s => PoisonedFeatures.Poison(s, Poisoned)));
        slack = new SlackClient(host.CreateClient());
    }

    [Fact]
    public async Task A_turn_that_always_fails_is_retried_with_backoff_then_parked_with_one_apology_and_blocks_no_one()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Poisoned, Canary, "EvPoison")).StatusCode);

        // First attempt fails: a retry is booked 2 s (+ up to 20 % jitter) ahead on the host's clock.
        var first = await WaitForRowAsync("EvPoison", r => r.Attempts == 1 && r.NextAttemptAt > 0);
        AssertBackoff(first, 2);

        // Meanwhile other conversations are answered, with the host's clock standing still.
        string[] others = ["D0OK1", "D0OK2", "D0OK3"];
        for (var i = 0; i < others.Length; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(others[i], "help", "EvOk" + i)).StatusCode);
        }

        foreach (var other in others)
        {
            await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == other);
        }

        Assert.Equal(first, await RowAsync("EvPoison"));

        clock.Advance(TimeSpan.FromSeconds(2.5));
        var second = await WaitForRowAsync("EvPoison", r => r.Attempts == 2 && r.NextAttemptAt > first.NextAttemptAt);
        AssertBackoff(second, 4);
        Assert.Equal(0, second.State);

        clock.Advance(TimeSpan.FromSeconds(5));
        var parked = await WaitForRowAsync("EvPoison", r => r.State == 2);
        Assert.Equal(MaxAttempts, parked.Attempts);

        var apology = await fake.WaitForAsync("chat.postMessage", c => c.Field("channel") == Poisoned);
        Assert.Contains("something went wrong", apology.Body, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(fake.CallsTo("chat.postMessage"), c => c.Field("channel") == Poisoned);
        Assert.Equal(others.Length + 1, fake.CallsTo("chat.postMessage").Count);

        var queues = await host.CreateClient().GetFromJsonAsync<JsonElement>("/readyz/queues");
        Assert.Equal(1, queues.GetProperty("inbox").GetProperty("parked").GetInt64());
        Assert.Equal(0, queues.GetProperty("inbox").GetProperty("waiting").GetInt64());

        // Kept for an operator, sealed: neither the row nor any file of the database holds the text.
        Assert.True(parked.BodyLength > 0);
        foreach (var file in Directory.GetFiles(folder.Path, "bothost.db*"))
        {
            Assert.DoesNotContain(Canary, ReadShared(file), StringComparison.Ordinal);
        }

        var failures = host.Logs.GetSnapshot().Where(r => r.Id.Id == 200).Select(r => r.Message).ToList();
        Assert.Equal(MaxAttempts, failures.Count);
        Assert.Contains("(parking it: True)", failures[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains(Canary, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> PostAsync(string channel, string text, string eventId)
    {
        var payload = SlackPayloads.Message(text, eventId);
        payload["event"]!["channel"] = channel;
        payload["event"]!["client_msg_id"] = Guid.NewGuid().ToString();
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        return slack.SendAsync(slack.SignedRequest(body, "application/json", null, clock.GetUtcNow().ToUnixTimeSeconds()));
    }

    private void AssertBackoff(InboxRow row, double seconds)
    {
        var wait = TimeSpan.FromMilliseconds(row.NextAttemptAt - clock.GetUtcNow().ToUnixTimeMilliseconds());
        Assert.InRange(wait.TotalSeconds, seconds * 0.95, seconds * 1.25);
    }

    private async Task<InboxRow> WaitForRowAsync(string platformId, Func<InboxRow, bool> done)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var row = await RowAsync(platformId);
            if (done(row))
            {
                return row;
            }

            if (started.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new TimeoutException($"Inbox row {platformId} is {row}.");
            }

            await Task.Delay(50);
        }
    }

    private async Task<InboxRow> RowAsync(string platformId)
    {
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        return await connection.QuerySingleAsync<InboxRow>(
            "SELECT attempts AS Attempts, state AS State, next_attempt_at AS NextAttemptAt, coalesce(length(body), 0) AS BodyLength FROM inbox WHERE channel = 'slack' AND platform_id = @platformId",
            new { platformId });
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        return reader.ReadToEnd();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    private sealed record InboxRow(long Attempts, long State, long NextAttemptAt, long BodyLength);
}
