using System.Security.Cryptography;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Storage;
using BotHost.Storage.Keys;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Core.Reports;

public sealed class ReportPrivacyTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task No_free_text_reaches_the_database_file_its_wal_or_the_logs_in_plaintext()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToContactAsync(chat, "Canary-Employer-4b1d", "canary-description-9e2a they read our DMs", when: "canary-when-77c0 last week");
        await chat.PressAsync("report:contact:Email");
        await chat.SayAsync("canary.5f3e@example.org");
        var sent = await chat.PressAsync("report:confirm-share");
        var code = sent.Text.Split("**")[1];

        var store = host.Services.GetRequiredService<IReportStore>();
        var content = await store.OpenAsync(code, default);
        var bytes = await InboxTests.ReadDatabaseBytesAsync(host);
        var logs = string.Join('\n', host.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])));

        string[] canaries = ["Canary-Employer-4b1d", "canary-description-9e2a", "canary-when-77c0", "canary.5f3e", chat.SessionId];
        foreach (var canary in canaries)
        {
            Assert.DoesNotContain(canary, bytes, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("Canary-Employer-4b1d", content!.Employer);
        Assert.Contains("canary-description-9e2a", content.Description);
        Assert.Equal("canary.5f3e@example.org", content.ContactDetail);
    }

    // What the recognizers read from typed answers (a date through Microsoft.Recognizers.Text, a count, a phone
    // number) stays out of the logs in every form: as typed, as resolved and as read back.
    [Fact]
    public async Task Recognised_dates_counts_and_phone_numbers_never_reach_the_logs()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.StartAsync(chat);
        await chat.PressAsync("report:category:Surveillance");
        await chat.SayAsync("Acme");
        await chat.SayAsync("They started recording our screens.");
        await chat.SayAsync("Tuesday 3rd March 2020");
        await chat.SayAsync("twenty-three of us");
        await chat.PressAsync("report:urgency:Soon");
        await chat.PressAsync("report:delivery:Now");
        await chat.PressAsync("report:contact:Phone");
        await chat.SayAsync("07700 900461");
        var sent = await chat.PressAsync("report:confirm");

        var code = sent.Text.Split("**")[1];
        var content = await host.Services.GetRequiredService<IReportStore>().OpenAsync(code, default);
        Assert.Equal(("+447700900461", new DateOnly(2020, 3, 3)), (content!.ContactDetail, content.WhenFrom));
        var logs = string.Join('\n', host.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])));
        string[] values = ["3rd March", "3 March", "2020-03-03", "03/03/2020", "twenty-three", "07700", "900461", "7700900461"];
        foreach (var value in values)
        {
            Assert.DoesNotContain(value, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_report_opens_with_the_right_key_and_not_with_another()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var code = await ReportFlow.CompleteAsync(chat, "Acme", "They track our keystrokes.");
        var (keyId, wrapped, sealedContent) = await ReadSealedAsync(host, code);
        var right = host.Services.GetRequiredService<Keyring>().Master;
        var wrongKey = RandomNumberGenerator.GetBytes(32);
        var impostor = new MasterKeys(wrongKey);

        var opened = new ReportSealer(new Keyring(right, new byte[32], new byte[32])).Open(code, new SealedReport(new WrappedKey(keyId, wrapped), sealedContent));

        Assert.Equal("Acme", opened.Employer);
        Assert.ThrowsAny<CryptographicException>(() => impostor.Unwrap(new WrappedKey(keyId, wrapped), ReportSealer.Purpose));
        Assert.ThrowsAny<CryptographicException>(() => impostor.Unwrap(new WrappedKey(impostor.CurrentId, wrapped), ReportSealer.Purpose));
    }

    [Fact]
    public async Task After_key_rotation_reports_open_with_the_new_key_only()
    {
        var newKey = RandomNumberGenerator.GetBytes(32);
        string code;
        await using (var before = new BotHostFactory(folder.Path))
        {
            var chat = await WebChatClient.StartAsync(before);
            code = await ReportFlow.CompleteAsync(chat, "Initech", "Our calls are recorded and scored by AI.");
            var current = before.Services.GetRequiredService<Keyring>().Master;
            var count = await before.Services.GetRequiredService<KeyRotator>().RotateAsync(current, newKey, default);
            Assert.Equal(3, count);
        }

        await using var after = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Reports:EncryptionKey"] = Convert.ToBase64String(newKey) });
        var content = await after.Services.GetRequiredService<IReportStore>().OpenAsync(code, default);
        var (keyId, _, _) = await ReadSealedAsync(after, code);

        Assert.Equal("Initech", content!.Employer);
        Assert.Equal(MasterKeys.IdOf(newKey), keyId);
        var withOldKey = new KeyringLoader(
            after.Services.GetRequiredService<Database>(),
            Options.Create(new EncryptionOptions { EncryptionKey = BotHostFactory.TestKey }),
            after.Services.GetRequiredService<IHostEnvironment>(),
            TimeProvider.System,
            NullLogger<KeyringLoader>.Instance);
        Assert.ThrowsAny<CryptographicException>(withOldKey.Load);
    }

    [Fact]
    public async Task Forget_me_leaves_no_row_tied_to_the_worker()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        var other = await WebChatClient.StartAsync(host);
        await ReportFlow.CompleteAsync(chat, "Acme", "Screenshots every ten minutes.");
        await ReportFlow.CompleteAsync(chat, "Acme", "And now webcam checks too.");
        var kept = await ReportFlow.CompleteAsync(other, "Acme", "Somebody else's report.");
        await ReportFlow.StartAsync(chat);

        await chat.SayAsync("cancel");
        await chat.SayAsync("forget me");
        var done = await chat.PressAsync("forgetme:confirm");

        Assert.Contains("- 2 reports", done.Text);
        var userKey = host.Services.GetRequiredService<Keyring>().UserKey("webchat", "local", chat.SessionId);
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM reports WHERE user_key = @userKey", new { userKey }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM dialog_state WHERE user_key = @userKey", new { userKey }));
        Assert.NotNull(await host.Services.GetRequiredService<IReportStore>().FindAsync(kept, default));
    }

    [Fact]
    public async Task Reports_are_deleted_after_the_retention_period()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-10T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Reports:RetentionDays"] = "30", ["Together:MaxWaitDays"] = "20" }, clock);
        var chat = await WebChatClient.StartAsync(host);
        var code = await ReportFlow.CompleteAsync(chat, "Acme", "Forced overtime every weekend.");
        var sweeper = host.Services.GetRequiredService<RetentionSweeper>();
        var store = host.Services.GetRequiredService<IReportStore>();

        clock.Advance(TimeSpan.FromDays(29));
        await sweeper.SweepAsync(default);
        var before = await store.FindAsync(code, default);
        clock.Advance(TimeSpan.FromDays(2));
        await sweeper.SweepAsync(default);

        Assert.NotNull(before);
        Assert.Null(await store.FindAsync(code, default));
    }

    public void Dispose() => folder.Dispose();

    private static async Task<(string KeyId, byte[] Wrapped, byte[] Content)> ReadSealedAsync(BotHostFactory host, string code)
    {
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.QuerySingleAsync<(string, byte[], byte[])>(
            "SELECT key_id, wrapped_key, content FROM reports WHERE code = @code", new { code });
    }
}
