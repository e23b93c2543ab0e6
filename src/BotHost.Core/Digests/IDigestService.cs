namespace BotHost.Core.Digests;

public interface IDigestService
{
    // A digest of the whole days that ended between From and To (DayRange.Covering), compared with the
    // same number of days before them.
    Task<Digest> BuildAsync(DigestRequest request, CancellationToken cancellationToken);
}
