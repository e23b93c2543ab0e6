using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Faq;

// Answers rights questions. A typed question is searched; below the confidence threshold the bot does
// not guess: it offers the closest topics and a rep, and notes the question (text only) for organisers.
// Buttons: "faq:<id>" shows an entry, "faq:up:<id>" / "faq:down:<id>" is feedback.
public sealed partial class FaqFeature(
    FaqLibrary library,
    IUnansweredStore unanswered,
    IFaqFeedbackStore feedback,
    IOptions<FaqOptions> options,
    ILogger<FaqFeature> logger) : IFeature
{
    public IReadOnlyCollection<IntentKind> Handles { get; } = [IntentKind.Faq];

    public bool IsSensitive => false;

    public async Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken)
    {
        var argument = intent.Argument?.Trim();
        var message = (context.Turn.Action, argument) switch
        {
            (_, null or "") => Prompt(),
            (not null, _) when argument.StartsWith("up:", StringComparison.Ordinal) => await FeedbackAsync(argument[3..], true, context.Now, cancellationToken),
            (not null, _) when argument.StartsWith("down:", StringComparison.Ordinal) => await FeedbackAsync(argument[5..], false, context.Now, cancellationToken),
            (not null, _) => Show(argument),
            _ => await AnswerAsync(argument, context.Now, cancellationToken),
        };
        return FeatureResult.Reply(context, message);
    }

    private OutboundMessage Prompt()
    {
        var retriever = library.Current;
        return FaqReplies.Prompt(options.Value.PopularTopics.Select(retriever.Find).OfType<FaqEntry>());
    }

    private OutboundMessage Show(string id) =>
        library.Current.Find(id) is { } entry ? FaqReplies.Answer(entry) : Prompt();

    private async Task<OutboundMessage> AnswerAsync(string question, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = library.Search(question);
        if (library.IsConfident(result))
        {
            Log.Answered(logger, result.Best!.Entry.Id, result.Confidence);
            return FaqReplies.Answer(result.Best.Entry);
        }

        // Nothing but filler ("thanks", "ok"): no question to note, just say how to ask one.
        if (result.Analysis.ContentWords == 0)
        {
            return Prompt();
        }

        await unanswered.RecordAsync(
            new NotedQuestion(FaqRedaction.Redact(question), result.Best?.Entry.Id, result.Confidence, now),
            cancellationToken);
        Log.NotSure(logger, result.Best?.Entry.Id, result.Confidence);
        return FaqReplies.NotSure(result.Candidates.Select(c => c.Entry));
    }

    private async Task<OutboundMessage> FeedbackAsync(string id, bool helpful, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only ids of real entries are stored, so a crafted button value cannot write arbitrary text.
        if (library.Current.Find(id) is null)
        {
            return Prompt();
        }

        await feedback.RecordAsync(id, helpful, now, cancellationToken);
        return FaqReplies.Thanks(helpful);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "FAQ answered with {EntryId} (confidence {Confidence:0.00})")]
        public static partial void Answered(ILogger logger, string entryId, double confidence);

        [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "FAQ not confident (closest {EntryId}, confidence {Confidence:0.00}); question noted for organisers")]
        public static partial void NotSure(ILogger logger, string? entryId, double confidence);
    }
}
