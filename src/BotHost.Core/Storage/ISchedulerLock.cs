namespace BotHost.Core.Storage;

// Scheduled work (digests, retention sweeps) runs on one host at a time: the one holding this lock. With
// one host it is always held; with several, another host takes it over when its holder goes away.
public interface ISchedulerLock
{
    ValueTask<bool> HeldAsync(CancellationToken cancellationToken);
}
