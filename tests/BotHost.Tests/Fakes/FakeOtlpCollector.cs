using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotHost.Tests.Fakes;

// An OTLP/HTTP receiver that keeps the raw protobuf it is sent. Protobuf stores strings as plain UTF-8,
// so a search of the bytes finds any text that left the process.
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> received = new();
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var fake = new FakeOtlpCollector();
        (fake.app, fake.BaseUrl) = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", fake.ReceiveAsync));
        return fake;
    }

    // Everything received for "traces" or "metrics", one byte to one character.
    public string Received(string signal) =>
        string.Concat(received.Where(r => r.Signal == signal).Select(r => Encoding.Latin1.GetString(r.Body)));

    private async Task<IResult> ReceiveAsync(string signal, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        received.Enqueue((signal, body.ToArray()));
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
