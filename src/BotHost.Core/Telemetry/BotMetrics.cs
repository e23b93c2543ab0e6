using System.Diagnostics.Metrics;

namespace BotHost.Core.Telemetry;

// The pipeline's measurements (docs/telemetry.md). A tag is only ever a channel name or an outcome from a
// short fixed list: never text, an id, or anything else that could pick out a person or a conversation.
public sealed class BotMetrics
{
    // Seconds, as OpenTelemetry's HTTP durations are bucketed.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
    private static readonly double[] ConfidenceBuckets = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1];

    private readonly Counter<long> accepted;
    private readonly Histogram<double> turns;
    private readonly Counter<long> replies;
    private readonly Histogram<double> confidence;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotTelemetry.Name);
        accepted = meter.CreateCounter<long>(
            "bothost.turns.accepted", "{turn}", "Turns stored in the inbox; a platform's retry of a stored one is not counted again");
        turns = meter.CreateHistogram(
            "bothost.turn.duration", "s", "Time the engine spent on a turn, by how it ended",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        replies = meter.CreateCounter<long>(
            "bothost.replies.sent", "{reply}", "Attempts to send a reply, by what came of them");
        confidence = meter.CreateHistogram(
            "bothost.faq.confidence", "1", "The FAQ's confidence in its best answer to a typed question",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ConfidenceBuckets });
    }

    public void TurnAccepted(string channel) => accepted.Add(1, new KeyValuePair<string, object?>("channel", channel));

    // outcome: done, retry or parked.
    public void TurnProcessed(string channel, string outcome, TimeSpan elapsed) =>
        turns.Record(elapsed.TotalSeconds, new("channel", channel), new("outcome", outcome));

    // outcome: sent, retry, undeliverable (refused for good) or gave_up (out of attempts).
    public void ReplySent(string channel, string outcome) =>
        replies.Add(1, new KeyValuePair<string, object?>("channel", channel), new("outcome", outcome));

    public void FaqSearched(double value, bool answered) =>
        confidence.Record(value, new KeyValuePair<string, object?>("outcome", answered ? "answered" : "not_sure"));
}
