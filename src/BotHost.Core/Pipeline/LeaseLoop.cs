namespace BotHost.Core.Pipeline;

// The loop both pipeline stages run, in a few lanes: claim a batch, handle it, and when there is nothing
// to do sleep until woken or the poll interval passes. Lanes overlap one batch's commit (the disk) with the
// next batch's work (the CPU); claims never hand two lanes the same conversation.
public static class LeaseLoop
{
    public static Task RunAsync<T>(
        int lanes,
        Func<CancellationToken, Task<IReadOnlyList<T>>> claim,
        Func<IReadOnlyList<T>, CancellationToken, Task> handle,
        WakeSignal wake,
        PipelineOptions settings,
        Action<Exception> failed,
        CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, lanes)).Select(_ => Task.Run(() => LaneAsync(claim, handle, wake, settings, failed, stoppingToken), stoppingToken)));

    private static async Task LaneAsync<T>(
        Func<CancellationToken, Task<IReadOnlyList<T>>> claim,
        Func<IReadOnlyList<T>, CancellationToken, Task> handle,
        WakeSignal wake,
        PipelineOptions settings,
        Action<Exception> failed,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await claim(stoppingToken);
                if (batch.Count == 0)
                {
                    await wake.WaitAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
                    continue;
                }

                // A full batch means more may be waiting: let another lane claim while this one works.
                if (batch.Count >= settings.BatchSize)
                {
                    wake.Notify();
                }

                await handle(batch, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database said no (locked, gone): what was claimed comes back when its lease ends.
                failed(ex);
                await Task.Delay(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
            }
        }
    }
}
