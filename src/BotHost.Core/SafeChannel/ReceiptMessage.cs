using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Turns;

namespace BotHost.Core.SafeChannel;

// Adds the receipt to a report's confirmation on the union's own page.
public static class ReceiptMessage
{
    public static OutboundMessage Attach(OutboundMessage confirmation, string code, NewReport report, Keyring keyring)
    {
        var receipt = ReportReceipt.Create(code, report.Content) with { Key = WithdrawKey.For(keyring, code) };
        return confirmation with
        {
            Text = confirmation.Text + "\nHere is your receipt. Download or copy it now: nothing is emailed to you.",
            Receipt = receipt,
        };
    }
}
