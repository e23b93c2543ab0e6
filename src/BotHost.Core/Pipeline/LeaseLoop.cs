namespace BotHost.Core.Pipeline;

// The loop both pipeline stages run: lease a batch (the oldest item of each conversation), handle it with
// bounded parallelism, and when there is nothing to do sleep until woken or the poll interval passes.
public static class LeaseLoop
{
    public static async Task RunAsync<T>(
        Func<CancellationToken, Task<IReadOnlyList<T>>> claim,
        Func<T, CancellationToken, Task> handle,
        WakeSignal wake,
        PipelineOptions settings,
        Action<Exception> claimFailed,
        CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = stoppingToken };
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<T> items;
            try
            {
                items = await claim(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                claimFailed(ex);
                items = [];
            }

            if (items.Count == 0)
            {
                await wake.WaitAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
                continue;
            }

            await Parallel.ForEachAsync(items, parallel, (item, ct) => new ValueTask(handle(item, ct)));
        }
    }
}
