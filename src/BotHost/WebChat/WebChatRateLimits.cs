using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BotHost.WebChat;

// ASP.NET Core's rate limiter, one fixed window per client address: starting sessions and sending messages.
// With several hosts (PostgreSQL) the windows are counted in the database (SharedWindowLimiter).
// A refusal is a 429 with Retry-After and no body.
public static class WebChatRateLimits
{
    public const string Sessions = "webchat-sessions";
    public const string Messages = "webchat-messages";

    public static IServiceCollection AddWebChatRateLimits(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebChatOptions>, IServiceProvider>((limiter, web, provider) =>
        {
            var options = web.Value;
            var shared = provider.GetService<IRateWindows>();
            var time = provider.GetRequiredService<TimeProvider>();
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Sessions, http => PerAddress(http, Sessions, options.SessionsPerAddress, TimeSpan.FromMinutes(options.SessionWindowMinutes), shared, time));
            limiter.AddPolicy(Messages, http => PerAddress(http, Messages, options.MessagesPerAddress, TimeSpan.FromSeconds(options.MessageWindowSeconds), shared, time));
        });
        return services;
    }

    // In this process with one host; in the database (shared) when several hosts serve the same clients.
    private static RateLimitPartition<string> PerAddress(HttpContext http, string policy, int limit, TimeSpan window, IRateWindows? shared, TimeProvider time)
    {
        var key = AddressKey(http.Connection.RemoteIpAddress);
        if (limit <= 0 || window <= TimeSpan.Zero)
        {
            return RateLimitPartition.GetNoLimiter(key);
        }

        return shared is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
            : RateLimitPartition.Get(key, k => new SharedWindowLimiter(shared, policy + ":" + k, limit, window, time));
    }

    // An IPv6 user usually has a whole /64 to pick addresses from, so that is the unit.
    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
