namespace BotHost.Core.Privacy;

// A store whose records have a retention limit; the host's retention sweeper calls every one of these.
public interface IExpiringData
{
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
