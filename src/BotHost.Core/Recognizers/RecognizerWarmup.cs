using System.Diagnostics;
using BotHost.Core.Recognizers.Dates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotHost.Core.Recognizers;

// Builds the Microsoft.Recognizers.Text date model in the background once the host has started, so
// start-up never waits for it and the first worker to answer "when did it start?" doesn't either. A turn
// that comes first just builds it itself (Lazy: once). Logs only how long it took.
public sealed partial class RecognizerWarmup(ILogger<RecognizerWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = Stopwatch.GetTimestamp();
        LibraryDates.WarmUp();
        var milliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.Built(logger, milliseconds);
    }, stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(EventId = 900, Level = LogLevel.Information, Message = "Date recognizer model built in {Milliseconds} ms")]
        public static partial void Built(ILogger logger, long milliseconds);
    }
}
