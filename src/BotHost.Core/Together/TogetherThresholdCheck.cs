using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Together;

// A threshold below 2 would let one person's report be "raised together": it is raised to 2, loudly, at start.
public sealed partial class TogetherThresholdCheck(IOptions<TogetherOptions> options, ILogger<TogetherThresholdCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Threshold < TogetherOptions.LowestThreshold)
        {
            Log.Raised(logger, options.Value.Threshold, TogetherOptions.LowestThreshold);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 803, Level = LogLevel.Warning, Message = "Together:Threshold {Configured} is below {Lowest}; using {Lowest}")]
        public static partial void Raised(ILogger logger, int configured, int lowest);
    }
}
