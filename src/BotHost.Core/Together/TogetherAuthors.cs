using System.Security.Cryptography;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Together;

// Where a Together message may go: the author's chat, only when they allowed contact there, and never a
// workspace run by an employer (a workspace can become "employer" after a report was made in it).
public sealed partial class TogetherAuthors(ReportSealer sealer, IWorkspaceTrust trust, ILogger<TogetherAuthors> logger)
{
    public async Task<ChannelAddress?> ChatAddressAsync(HeldReport report)
    {
        ReportContent opened;
        try
        {
            opened = sealer.Open(report.Code, report.Sealed);
        }
        catch (CryptographicException ex)
        {
            // Sealed under a master key no longer configured: the report still moves on, its author just isn't told.
            Log.Unreadable(logger, ex.GetType().Name);
            return null;
        }

        return opened is { Contact: ContactMethod.Chat, ContactAddress: { } address } && await UnionSideAsync(address) ? address : null;
    }

    public async Task<bool> UnionSideAsync(ChannelAddress address)
    {
        if (await trust.IsUnionAsync(address, CancellationToken.None))
        {
            return true;
        }

        Log.SkippedEmployerSide(logger, address.Channel);
        return false;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 801, Level = LogLevel.Warning, Message = "Together: a report could not be opened to tell its author: {ErrorType}")]
        public static partial void Unreadable(ILogger logger, string errorType);

        [LoggerMessage(EventId = 805, Level = LogLevel.Warning, Message = "Together: a message to an employer's {Channel} workspace was not sent")]
        public static partial void SkippedEmployerSide(ILogger logger, string channel);
    }
}
