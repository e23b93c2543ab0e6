using System.Threading.RateLimiting;

namespace BotHost.WebChat;

// A fixed-window limit counted in the database, so several hosts share one allowance per client address.
// ASP.NET Core's rate limiting middleware tries AttemptAcquire first and then AcquireAsync: the first
// always says "not yet" (it cannot ask the database synchronously), the second counts.
public sealed class SharedWindowLimiter(IRateWindows windows, string key, int limit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private long lastUsedTicks = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Pending;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsedTicks, time.GetTimestamp());
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        var count = await windows.CountAsync(key, start, window, cancellationToken);
        return count <= limit ? Lease.Granted : new Lease(false, start + window - now);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Pending = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}

// Counters of fixed windows where every host sees them: adds one to the key's window and returns the total.
public interface IRateWindows
{
    Task<long> CountAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken cancellationToken);
}
