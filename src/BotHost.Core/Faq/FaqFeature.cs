using BotHost.Core.Conversation;
using BotHost.Core.Telemetry;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Faq;

// Answers rights questions. A typed question is searched; below the confidence threshold the bot does
// not guess: it offers the closest topics and a rep, and notes the question (text only) for organisers.
// Buttons: "faq:<id>" shows an entry, "faq:up:<id>" / "faq:down:<id>" is feedback.
public sealed partial class FaqFeature(
    FaqLibrary library,
    IOptions<FaqOptions> options,
    BotMetrics metrics,
    ILogger<FaqFeature> logger) : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Faq];

    public bool IsSensitive => false;

    public Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var argument = intent.Argument?.Trim();
        var (message, record) = (context.Turn.Action, argument) switch
        {
            (_, null or "") => (Prompt(), null),
            (not null, _) when argument.StartsWith("up:", StringComparison.Ordinal) => Feedback(argument[3..], true, context.Now),
            (not null, _) when argument.StartsWith("down:", StringComparison.Ordinal) => Feedback(argument[5..], false, context.Now),
            (not null, _) => (Show(argument), null),
            _ => Answer(argument, context.Now),
        };
        var result = FeatureResult.Reply(context, message);
        return Task.FromResult(record is null ? result : result.Recording(record));
    }

    private OutboundMessage Prompt()
    {
        var retriever = library.Current;
        return FaqReplies.Prompt(options.Value.PopularTopics.Select(retriever.Find).OfType<FaqEntry>());
    }

    private OutboundMessage Show(string id) =>
        library.Current.Find(id) is { } entry ? FaqReplies.Answer(entry) : Prompt();

    private (OutboundMessage, ITurnRecord?) Answer(string question, DateTimeOffset now)
    {
        var result = library.Search(question);
        if (library.IsConfident(result))
        {
            metrics.FaqSearched(result.Confidence, answered: true);
            Log.Answered(logger, result.Best!.Entry.Id, result.Confidence);
            return (FaqReplies.Answer(result.Best.Entry), null);
        }

        // Nothing but filler ("thanks", "ok"): no question to note, just say how to ask one.
        if (result.Analysis.ContentWords == 0)
        {
            return (Prompt(), null);
        }

        metrics.FaqSearched(result.Confidence, answered: false);
        Log.NotSure(logger, result.Best?.Entry.Id, result.Confidence);
        var noted = new NotedQuestion(FaqRedaction.Redact(question), result.Best?.Entry.Id, result.Confidence, now);
        return (FaqReplies.NotSure(result.Candidates.Select(c => c.Entry)), noted);
    }

    private (OutboundMessage, ITurnRecord?) Feedback(string id, bool helpful, DateTimeOffset now) =>
        // Only ids of real entries are stored, so a crafted button value cannot write arbitrary text.
        library.Current.Find(id) is null ? (Prompt(), null) : (FaqReplies.Thanks(helpful), new FaqVote(id, helpful, now));

    private static partial class Log
    {
        [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "FAQ answered with {EntryId} (confidence {Confidence:0.00})")]
        public static partial void Answered(ILogger logger, string entryId, double confidence);

        [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "FAQ not confident (closest {EntryId}, confidence {Confidence:0.00}); question noted for organisers")]
        public static partial void NotSure(ILogger logger, string? entryId, double confidence);
    }
}
