using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Faq;

// Loads the FAQ at start and again whenever a file in the folder changes (checked every ReloadSeconds).
// Polling the folder's listing is cheap and, unlike a file watcher, works on every file system.
public sealed partial class FaqReloader(FaqLibrary library, IOptions<FaqOptions> options, TimeProvider time, ILogger<FaqReloader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = Fingerprint(library.Folder);
        _ = library.Current;
        var seconds = options.Value.ReloadSeconds;
        while (seconds > 0 && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), time, stoppingToken);
            try
            {
                var now = Fingerprint(library.Folder);
                if (now != seen)
                {
                    seen = now;
                    library.Reload();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.CheckFailed(logger, ex.GetType().Name);
            }
        }
    }

    // Names, sizes and write times of the folder's files: any edit, addition or removal changes it.
    public static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        return string.Join('\n', new DirectoryInfo(folder).EnumerateFiles()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "FAQ folder check failed: {ErrorType}")]
        public static partial void CheckFailed(ILogger logger, string errorType);
    }
}
