using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

// Activities one conversation may post a minute. Checked after the credential, so someone who only knows a
// conversation id (it is in URLs) cannot use up its allowance.
public sealed class PostLimits(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(conversation =>
        options.Value.MessagesPerMinute <= 0
            ? RateLimitPartition.GetNoLimiter(conversation)
            : RateLimitPartition.GetFixedWindowLimiter(conversation, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.MessagesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    // Null when the post may go ahead, else the 429 (with Retry-After, no body) to answer.
    public IResult? Refusal(HttpContext http, string conversationId)
    {
        using var lease = limiter.AttemptAcquire(conversationId);
        if (lease.IsAcquired)
        {
            return null;
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
    }

    public void Dispose() => limiter.Dispose();
}
