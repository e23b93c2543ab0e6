using System.CommandLine;
using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Core.SafeChannel;

namespace BotHost.Hosting.Cli;

// `receipts verify receipt-K7P2Q9.txt`: is this the receipt of the report the union holds under its code?
// Rebuilds the receipt from the decrypted report and compares digests. Opening a report is audited.
public static class ReceiptsCommand
{
    public static Command Create()
    {
        var receipts = new Command("receipts", "Check workers' report receipts.");
        var file = new Argument<FileInfo>("file") { Description = "The receipt as the worker downloaded or copied it" }.AcceptExistingOnly();
        var verify = BotHostCli.HostCommand("verify", "Say whether a receipt matches the stored report.");
        verify.Arguments.Add(file);
        verify.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var path = result.GetValue(file)!;
            var (text, claimed) = ReportReceipt.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            if (ReportReceipt.CodeOf(text) is not { } code)
            {
                await output.WriteLineAsync("No match: the file has no reference code.");
                return 1;
            }

            await using var app = BotHostApp.Build([.. result.UnmatchedTokens], quiet: true);
            var verdict = await VerifyAsync(app.Services, code, text, claimed, ct);
            await output.WriteLineAsync(verdict.Message);
            return verdict.Match ? 0 : 1;
        });
        receipts.Subcommands.Add(verify);
        return receipts;
    }

    private static async Task<(bool Match, string Message)> VerifyAsync(IServiceProvider services, string code, string text, string? claimed, CancellationToken ct)
    {
        await services.GetRequiredService<Storage.Migrator>().MigrateAsync(ct);
        // Any report, whether a case, count-only or still waiting for others: the receipt is built from the
        // sealed content alone.
        var content = await services.GetRequiredService<IReportStore>().OpenAsync(code, ct);
        if (content is null)
        {
            return (false, $"No match: there is no report {code} (it may have been withdrawn or deleted after its retention period).");
        }

        await services.GetRequiredService<IAuditLog>().WriteAsync("cli:" + Environment.UserName, "verify-receipt", "report:" + code, ct);
        if (content is not { SubmittedAt: not null, Choices: not null })
        {
            return (false, $"No match: report {code} was made before receipts existed.");
        }

        var expected = ReportReceipt.Create(code, content);
        var actual = ReportReceipt.Sha256(text);
        if (claimed is not null && claimed != actual)
        {
            return (false, $"No match: the receipt's text does not give its own SHA-256, so it was changed after it was made.");
        }

        return actual == expected.Sha256
            ? (true, $"Match: this is the receipt of report {code}, submitted {expected.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.")
            : (false, $"No match: the receipt's text differs from report {code} as stored.");
    }
}
