namespace BotHost.Core.Pipeline;

public static class Backoff
{
    // 2, 4, 8 ... seconds, capped at five minutes, with up to 20 % jitter so retries do not bunch up.
    public static TimeSpan For(int attempt)
    {
        var seconds = Math.Min(300, Math.Pow(2, Math.Clamp(attempt, 1, 16)));
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() * 0.2)));
    }
}
