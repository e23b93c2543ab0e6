using System.Text;
using System.Text.Json;
using BotHost.Core.Privacy;

namespace BotHost.Core.Reports;

// Envelope encryption: each report's content is sealed with its own random data key (AES-256-GCM), and
// only that data key is wrapped by the master key. Rotating the master key re-wraps data keys; deleting a
// report's key row is enough to make its content unreadable.
public sealed class ReportSealer(Keyring keyring)
{
    public const string Purpose = "report";

    public SealedReport Seal(string code, ReportContent content)
    {
        var dataKey = Keyring.NewDataKey();
        var body = JsonSerializer.SerializeToUtf8Bytes(content, ReportJson.Default.ReportContent);
        return new SealedReport(keyring.Master.Wrap(dataKey, Purpose), Aead.Seal(dataKey, body, Context(code)));
    }

    public ReportContent Open(string code, SealedReport report)
    {
        var dataKey = keyring.Master.Unwrap(report.Key, Purpose);
        var body = Aead.Open(dataKey, report.Content, Context(code));
        return JsonSerializer.Deserialize(body, ReportJson.Default.ReportContent)
            ?? throw new InvalidDataException("A sealed report held no content.");
    }

    private static byte[] Context(string code) => Encoding.UTF8.GetBytes("report:" + code);
}

public sealed record SealedReport(WrappedKey Key, byte[] Content);
