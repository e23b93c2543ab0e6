using System.Diagnostics;
using System.Globalization;
using System.Text;
using BotHost.Load.Fakes;

namespace BotHost.Load;

// The figures of one run, as a worker would feel them: how fast turns were acknowledged, how fast their
// replies arrived, how long the backlog took to clear, and whether every turn was answered exactly once.
public sealed class RunReport(
    LoadOptions options, LoadResult load, ReplyCounter replies, IReadOnlyDictionary<string, int> accepted, bool drained,
    IReadOnlyList<double> idleRss, IReadOnlyList<double> peakRss)
{
    public int Missing => accepted.Sum(a => Math.Max(0, a.Value - replies.PerConversation.GetValueOrDefault(a.Key)));

    public int Duplicates => replies.PerConversation.Sum(r => Math.Max(0, r.Value - accepted.GetValueOrDefault(r.Key)));

    public bool AllAnsweredOnce => drained && Missing == 0 && Duplicates == 0;

    public string Describe()
    {
        var last = replies.LastReplyTimestamp;
        var replySeconds = (last - load.Started) / (double)Stopwatch.Frequency;
        var drainSeconds = Math.Max(0, (last - load.Ended) / (double)Stopwatch.Frequency);
        var text = new StringBuilder();
        string F(double value, string format = "F0") => value.ToString(format, CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"platform {options.Platform}, provider {options.Provider}, hosts {options.Hosts} (cpus {options.HostCpus ?? "any"}), c={options.Connections}, {F(options.Seconds)} s, {options.Users} users, questions {Path.GetFileName(options.Questions)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"acknowledged      {load.Acknowledged} ({F(load.Acknowledged / load.Seconds)}/s), failed {load.Failures}");
        text.AppendLine(CultureInfo.InvariantCulture, $"ack latency       p50 {F(load.Percentile(0.50), "F2")} ms, p99 {F(load.Percentile(0.99), "F2")} ms, max {F(load.Percentile(1), "F2")} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"replies           {replies.Total} ({F(replies.Total / replySeconds)}/s from first request to last reply)");
        text.AppendLine(CultureInfo.InvariantCulture, $"drain             {F(drainSeconds, "F2")} s after the load stopped{(drained ? "" : " (TIMED OUT)")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exactly once      missing {Missing}, duplicates {Duplicates}");
        text.AppendLine(CultureInfo.InvariantCulture, $"rss               idle {string.Join(" / ", idleRss.Select(r => F(r)))} MiB, peak {string.Join(" / ", peakRss.Select(r => F(r)))} MiB");
        return text.ToString();
    }
}
