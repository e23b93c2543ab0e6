using BotHost.Core.Turns;
using BotHost.Storage;
using BotHost.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Storage;

public sealed class InboxTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_duplicate_platform_id_is_ignored()
    {
        await using var host = AcceptOnlyHost();
        var inbox = host.Services.GetRequiredService<IInbox>();

        var first = await inbox.AcceptAsync(Turns.Text("hello", platformId: "Ev1"), default);
        var again = await inbox.AcceptAsync(Turns.Text("hello", platformId: "Ev1"), default);
        var other = await inbox.AcceptAsync(Turns.Text("hello", platformId: "Ev2"), default);

        Assert.True(first);
        Assert.False(again);
        Assert.True(other);
        Assert.Equal(2, await CountAsync(host, "SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task Concurrent_accepts_of_one_id_store_one_row()
    {
        await using var host = AcceptOnlyHost();
        var inbox = host.Services.GetRequiredService<IInbox>();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => inbox.AcceptAsync(Turns.Text("hi", platformId: "Ev-same"), default)));

        Assert.Equal(1, results.Count(accepted => accepted));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM inbox"));
    }

    [Fact]
    public async Task Claims_take_one_turn_per_conversation_in_arrival_order()
    {
        await using var host = AcceptOnlyHost();
        var inbox = host.Services.GetRequiredService<IInbox>();
        await inbox.AcceptAsync(Turns.Text("a1", conversation: "A"), default);
        await inbox.AcceptAsync(Turns.Text("a2", conversation: "A"), default);
        await inbox.AcceptAsync(Turns.Text("b1", conversation: "B"), default);

        var first = await inbox.ClaimAsync(new QueueClaim(10, 1, TimeSpan.FromMinutes(1)), default);
        var whileLeased = await inbox.ClaimAsync(new QueueClaim(10, 1, TimeSpan.FromMinutes(1)), default);

        Assert.Equal(["a1", "b1"], first.Select(i => i.Turn.Text));
        Assert.Empty(whileLeased);
    }

    [Fact]
    public async Task Stored_turns_are_sealed()
    {
        await using var host = AcceptOnlyHost();
        var inbox = host.Services.GetRequiredService<IInbox>();

        await inbox.AcceptAsync(Turns.Text("canary-7f3a my employer", user: "U-canary-user"), default);

        var bytes = await ReadDatabaseBytesAsync(host);
        Assert.DoesNotContain("canary-7f3a", bytes);
        Assert.DoesNotContain("U-canary-user", bytes);
    }

    public void Dispose() => folder.Dispose();

    private BotHostFactory AcceptOnlyHost() =>
        new(folder.Path, new Dictionary<string, string?> { ["Pipeline:RunProcessors"] = "false" });

    private static async Task<long> CountAsync(BotHostFactory host, string sql)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    internal static async Task<string> ReadDatabaseBytesAsync(BotHostFactory host)
    {
        var text = new System.Text.StringBuilder();
        foreach (var suffix in new[] { "", "-wal" })
        {
            var path = host.DatabasePath + suffix;
            if (File.Exists(path))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                text.Append(System.Text.Encoding.Latin1.GetString(memory.ToArray()));
            }
        }

        return text.ToString();
    }
}
