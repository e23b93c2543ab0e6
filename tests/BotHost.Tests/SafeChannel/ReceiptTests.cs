using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using BotHost.Core.Faq;
using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Core.SafeChannel;
using BotHost.Core.Together;
using BotHost.Core.Turns;
using BotHost.Hosting.Cli;
using BotHost.Tests.Core.Reports;
using BotHost.Tests.Host;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.SafeChannel;

// The receipt a worker keeps after reporting on the union's page, and the union's check of it.
[Collection(nameof(CommandLineTests))]
public sealed class ReceiptTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_report_on_the_web_page_ends_with_a_receipt_whose_digest_is_its_text()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var sent = await ReportAsync(chat, "Acme Widgets", "They read our DMs.\r\nEvery week.");

        var receipt = sent.Receipt!;
        Assert.Contains("nothing is emailed", sent.Text, StringComparison.Ordinal);
        Assert.Contains("use the lines at the end of your receipt", sent.Text, StringComparison.Ordinal);
        Assert.Matches($@"\nwithdraw {receipt.Code} [2-9A-Z]{{4}}(-[2-9A-Z]{{4}}){{5}}\n$", receipt.File);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(receipt.Text))), receipt.Sha256);
        Assert.Contains($"Reference: {receipt.Code}\n", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("What happened: They read our DMs.\nEvery week.\n", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("Rep to contact you: yes, by email", receipt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("worker@example.org", receipt.Text, StringComparison.Ordinal);
        Assert.Matches(@"Submitted: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n", receipt.Text);
    }

    [Fact]
    public void The_v1_receipt_text_is_pinned_so_receipts_given_out_stay_verifiable()
    {
        var content = new ReportContent
        {
            Employer = " Acme Widgets ",
            Description = "Keystroke logging.\r\nOn every laptop.",
            When = "since Monday",
            Contact = ContactMethod.Phone,
            ContactDetail = "07700 900123",
            SubmittedAt = DateTimeOffset.Parse("2026-11-18T10:30:07.250+01:00", System.Globalization.CultureInfo.InvariantCulture),
            Choices = new SubmittedChoices(ReportCategory.AiAutomation, PeopleBand.Some, Urgency.NotUrgent, ShareText: true, ReportDelivery.Together, WaitExpiry.Delete),
        };

        var receipt = ReportReceipt.Create("K7P2Q9", content);

        Assert.Equal(
            "Union report receipt (v1)\nReference: K7P2Q9\nSubmitted: 2026-11-18T09:30:07Z\nAbout: AI and automation\n" +
            "Employer or workplace: Acme Widgets\nWhat happened: Keystroke logging.\nOn every laptop.\nWhen: since Monday\n" +
            "People affected: 6 to 20\nUrgency: Not urgent\nHow it travels: wait for others; if too few, delete it\n" +
            "Rep to contact you: yes, by phone\nOrganisers may read my words: yes",
            receipt.Text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(receipt.Text))), receipt.Sha256);
        Assert.Equal((receipt.Text, receipt.Sha256), ReportReceipt.Parse(receipt.File.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_chat_report_outside_the_page_has_no_receipt()
    {
        await using var host = new BotHostFactory(folder.Path);
        var user = new EngineUser(host, "slack", "U-RECEIPT");

        await user.SayAsync("report");
        await user.PressAsync("report:category:Surveillance");
        await user.SayAsync("Acme");
        await user.SayAsync("Screenshots every ten minutes.");
        await user.SayAsync("last week");
        await user.PressAsync("report:people:Few");
        await user.PressAsync("report:urgency:Soon");
        await user.PressAsync("report:delivery:Now");
        await user.PressAsync("report:contact:None");
        var sent = await user.PressAsync("report:confirm");

        Assert.Contains("Your reference is", sent.Deliveries[0].Message.Text, StringComparison.Ordinal);
        Assert.Null(sent.Deliveries[0].Message.Receipt);
    }

    [Fact]
    public async Task The_union_can_verify_a_receipt_and_spot_a_changed_one()
    {
        Receipt receipt;
        string database;
        await using (var host = new BotHostFactory(folder.Path))
        {
            database = host.DatabasePath;
            receipt = (await ReportAsync(await WebChatClient.StartAsync(host), "Acme Widgets", "Keystroke logging on every laptop.")).Receipt!;
        }

        var file = folder.File("receipt.txt");
        await File.WriteAllTextAsync(file, receipt.File.Replace("\n", "\r\n", StringComparison.Ordinal));
        var changed = folder.File("changed.txt");
        await File.WriteAllTextAsync(changed, receipt.File.Replace("Acme Widgets", "Acme Gadgets", StringComparison.Ordinal));
        var forged = folder.File("forged.txt");
        var text = receipt.Text.Replace("Acme Widgets", "Acme Gadgets", StringComparison.Ordinal);
        await File.WriteAllTextAsync(forged, text + "\n\nSHA-256: " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "\n");

        var good = await RunAsync("receipts", "verify", file, $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");
        var edited = await RunAsync("receipts", "verify", changed, $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");
        var rehashed = await RunAsync("receipts", "verify", forged, $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");
        await using var after = new BotHostFactory(folder.Path);
        var audit = await after.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default);

        Assert.Equal((0, true), (good.Exit, good.Output.StartsWith("Match:", StringComparison.Ordinal)));
        Assert.Equal((1, true), (edited.Exit, edited.Output.Contains("changed after it was made", StringComparison.Ordinal)));
        Assert.Equal((1, true), (rehashed.Exit, rehashed.Output.Contains("differs from report", StringComparison.Ordinal)));
        Assert.Equal(3, audit.Count(e => e.Action == "verify-receipt" && e.Subject == "report:" + receipt.Code));
    }

    [Fact]
    public async Task A_report_still_waiting_for_others_has_a_receipt_the_union_can_verify()
    {
        Receipt receipt;
        string database;
        await using (var host = new BotHostFactory(folder.Path))
        {
            database = host.DatabasePath;
            var chat = await WebChatClient.StartAsync(host);
            await ReportFlow.AnswerUpToDeliveryAsync(chat, "Acme Widgets", "Keystroke logging on every laptop.");
            await chat.PressAsync("report:delivery:Together");
            await chat.PressAsync("report:expiry:Count");
            await chat.PressAsync("report:contact:None");
            receipt = (await chat.PressAsync("report:confirm")).Receipt!;
            Assert.Null(await host.Services.GetRequiredService<IReportStore>().FindAsync(receipt.Code, default));
        }

        var file = folder.File("waiting.txt");
        await File.WriteAllTextAsync(file, receipt.File);
        var result = await RunAsync("receipts", "verify", file, $"--Storage:ConnectionString=Data Source={database}", $"--Reports:EncryptionKey={BotHostFactory.TestKey}");

        Assert.Contains("How it travels: wait for others; if too few, count it only\n", receipt.Text, StringComparison.Ordinal);
        Assert.Equal((0, true), (result.Exit, result.Output.StartsWith("Match:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_withdraw_line_on_a_receipt_deletes_the_report_from_a_new_session_and_a_wrong_key_does_not()
    {
        await using var host = new BotHostFactory(folder.Path);
        var receipt = (await ReportAsync(await WebChatClient.StartAsync(host), "Acme Widgets", "Keystroke logging.")).Receipt!;
        var later = await WebChatClient.StartAsync(host);
        var wrongKey = receipt.Withdraw![..^4] + (receipt.Withdraw.EndsWith("2222", StringComparison.Ordinal) ? "3333" : "2222");

        var plain = await later.SayAsync($"withdraw {receipt.Code}");
        var wrong = await later.SayAsync(wrongKey);
        var stillThere = await host.Services.GetRequiredService<IReportStore>().OpenAsync(receipt.Code, default);
        var right = await later.SayAsync(receipt.Withdraw.ToLowerInvariant());

        Assert.StartsWith("I couldn't find", plain.Text, StringComparison.Ordinal);
        Assert.StartsWith("I couldn't find", wrong.Text, StringComparison.Ordinal);
        Assert.NotNull(stillThere);
        Assert.Equal($"Report {receipt.Code} is withdrawn and deleted.", right.Text);
        Assert.Null(await host.Services.GetRequiredService<IReportStore>().OpenAsync(receipt.Code, default));
    }

    [Fact]
    public async Task The_status_line_on_a_receipt_shows_progress_in_a_new_session_and_a_wrong_key_learns_nothing()
    {
        await using var host = new BotHostFactory(folder.Path);
        var receipt = (await ReportAsync(await WebChatClient.StartAsync(host), "Acme Widgets", "Keystroke logging.")).Receipt!;
        var later = await WebChatClient.StartAsync(host);
        var wrongKey = receipt.Status![..^4] + (receipt.Status.EndsWith("2222", StringComparison.Ordinal) ? "3333" : "2222");

        var right = await later.SayAsync(receipt.Status.ToLowerInvariant());
        var wrong = await later.SayAsync(wrongKey);
        var madeUp = await later.SayAsync("status 2345AB " + receipt.Status.Split(' ')[2]);
        await later.SayAsync(receipt.Withdraw!);
        var gone = await later.SayAsync(receipt.Status);

        Assert.Contains($"\nTo see how this report is getting on:\n{receipt.Status}\n", receipt.File, StringComparison.Ordinal);
        Assert.Equal($"Report **{receipt.Code}**: Surveillance and monitoring, sent {right.Text.Split("sent ")[1].Split(',')[0]}, waiting to be picked up.", right.Text);
        Assert.StartsWith("I couldn't find that report.", wrong.Text, StringComparison.Ordinal);
        Assert.Equal(wrong.Text, madeUp.Text);
        Assert.Equal(wrong.Text, gone.Text);
    }

    [Fact]
    public async Task A_report_waiting_for_others_says_so_on_its_status_line()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToDeliveryAsync(chat, "Acme Widgets", "Keystroke logging on every laptop.");
        await chat.PressAsync("report:delivery:Together");
        await chat.PressAsync("report:expiry:Count");
        await chat.PressAsync("report:contact:None");
        var receipt = (await chat.PressAsync("report:confirm")).Receipt!;

        var status = await (await WebChatClient.StartAsync(host)).SayAsync(receipt.Status!);

        Assert.Contains("waiting for others.", status.Text, StringComparison.Ordinal);
        Assert.Contains("as soon as enough colleagues at the same employer report", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_receipt_line_never_reaches_the_faq_and_a_status_question_without_a_key_does()
    {
        await using var host = new BotHostFactory(folder.Path);
        var receipt = (await ReportAsync(await WebChatClient.StartAsync(host), "Acme Widgets", "Keystroke logging.")).Receipt!;
        var later = await WebChatClient.StartAsync(host);
        var key = receipt.Status!.Split(' ')[2];

        var pasted = await later.SayAsync("To see how this report is getting on:\n" + receipt.Status);
        var mistyped = await later.SayAsync("status: " + receipt.Code[..5] + " " + key);
        var question = await later.SayAsync("status change to my contract, is that allowed");
        var noted = await host.Services.GetRequiredService<IUnansweredStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default);

        Assert.StartsWith($"Report **{receipt.Code}**", pasted.Text, StringComparison.Ordinal);
        Assert.StartsWith("I couldn't find that report.", mistyped.Text, StringComparison.Ordinal);
        Assert.True(question.Text.Contains("Sources:", StringComparison.Ordinal) || question.Text.Contains("Is it one of these?", StringComparison.Ordinal), question.Text);
        Assert.DoesNotContain(noted, q => q.Text.Contains(key[..4], StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => folder.Dispose();

    private static async Task<OutboundMessage> ReportAsync(WebChatClient chat, string employer, string description)
    {
        await ReportFlow.AnswerUpToContactAsync(chat, employer, description);
        await chat.PressAsync("report:contact:Email");
        await chat.SayAsync("worker@example.org");
        return await chat.PressAsync("report:confirm");
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        root.Subcommands.Add(ReceiptsCommand.Create());
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString());
    }
}
