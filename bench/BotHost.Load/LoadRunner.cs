using System.Collections.Concurrent;
using System.Diagnostics;
using BotHost.Load.Traffic;

namespace BotHost.Load;

// A closed loop: each of c connections sends its next request as soon as the last was acknowledged, for
// the given time. Records each acknowledgement's latency and which conversation it belonged to. Request
// numbers (and so platform ids) come from one sequence per session: a warm-up's ids are never reused.
public sealed class LoadRunner(HttpClient client, IPlatform platform, IReadOnlyList<string> questions, int users, Func<long> next)
{
    public ConcurrentDictionary<string, int> Accepted { get; } = new(StringComparer.Ordinal);

    public async Task<LoadResult> RunAsync(IReadOnlyList<string> hosts, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<List<double>>();
        var failures = 0L;
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>(4096);
            latencies.Add(mine);
            var host = hosts[worker % hosts.Count];
            while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
            {
                var n = next();
                var user = (int)(n % users);
                using var request = platform.Request(host, n, user, questions[(int)(n % questions.Count)]);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                        Accepted.AddOrUpdate(platform.Conversation(user), 1, (_, count) => count + 1);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var ended = Stopwatch.GetTimestamp();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(started, ended, all, (int)failures);
    }
}

public sealed record LoadResult(long Started, long Ended, double[] SortedLatencies, int Failures)
{
    public int Acknowledged => SortedLatencies.Length;

    public double Seconds => (Ended - Started) / (double)Stopwatch.Frequency;

    public double Percentile(double p) =>
        SortedLatencies.Length == 0 ? 0 : SortedLatencies[Math.Min(SortedLatencies.Length - 1, (int)Math.Ceiling(p * SortedLatencies.Length) - 1)];
}
