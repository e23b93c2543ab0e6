namespace BotHost.Core.Digests;

public interface IDigestService
{
    // A digest of the whole days that ended between from and to (DayRange.Covering), compared with the
    // same number of days before them.
    Task<Digest> BuildAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
