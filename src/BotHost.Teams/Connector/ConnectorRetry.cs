using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace BotHost.Teams.Connector;

// Teams asks bots to retry 429, 412, 502 and 504 with backoff and jitter, honouring Retry-After. Nothing
// else is retried here: a POST that failed with another 5xx may still have posted, and retrying it would
// duplicate the message. A Retry-After longer than a short wait goes back to the outbox instead of holding
// a sender.
public static class ConnectorRetry
{
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(10);

    private static readonly HttpStatusCode[] Retried =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    public static HttpRetryStrategyOptions Options() => new()
    {
        MaxRetryAttempts = 3,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromSeconds(1),
        MaxDelay = MaxInlineWait,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Result)),
    };

    public static bool ShouldRetry(HttpResponseMessage? response) =>
        response is not null
        && Retried.Contains(response.StatusCode)
        && (RetryAfter(response) is not { } wait || wait <= MaxInlineWait);

    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when response.Headers.Date is { } sent => date - sent,
        _ => null,
    };
}
