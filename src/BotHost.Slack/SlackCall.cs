namespace BotHost.Slack;

// The outcome of one Web API call, after the resilience handler has done its retries.
public sealed record SlackCall<T>(SlackCallStatus Status, T? Value = default, string? Error = null, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Status == SlackCallStatus.Ok && Value is not null;
}

public enum SlackCallStatus
{
    Ok,

    // HTTP 200 with ok:false: Error holds Slack's code (channel_not_found, invalid_auth, ...).
    Refused,

    // HTTP 429 still, after the retries: RetryAfter is Slack's Retry-After.
    RateLimited,

    // 5xx, a timeout or no connection.
    Unavailable,
}
