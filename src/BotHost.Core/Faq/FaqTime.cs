namespace BotHost.Core.Faq;

public static class FaqTime
{
    // FAQ rows keep the hour only: enough for digests, too coarse to match a row to one person's session.
    public static DateTimeOffset ToHour(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
}
