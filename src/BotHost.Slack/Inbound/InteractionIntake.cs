using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Slack.BlockKit;
using BotHost.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace BotHost.Slack.Inbound;

// Buttons and modals. A button that opens a form calls views.open here, in the acknowledgement, because
// its trigger_id expires after 3 seconds; a modal submission is validated here so that errors can go back
// in the answer and keep the modal open. Everything else goes to the inbox.
public sealed partial class InteractionIntake(
    IInbox inbox,
    IForms forms,
    SlackTokens tokens,
    SlackWebApi api,
    IWorkspaceTrust trust,
    TimeProvider time,
    ILogger<InteractionIntake> logger)
{
    public Task<SlackAck> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken) => payload.Type switch
    {
        "block_actions" => ActionsAsync(payload, cancellationToken),
        "view_submission" => SubmitAsync(payload, cancellationToken),
        _ => Task.FromResult(SlackAck.Empty),
    };

    private async Task<SlackAck> ActionsAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        foreach (var action in payload.Actions ?? [])
        {
            if (action.ActionId?.StartsWith(BlockKitRenderer.LinkPrefix, StringComparison.Ordinal) == true)
            {
                continue;
            }

            if (BlockKitRenderer.FormId(action.ActionId) is { } formId && await OpenFormAsync(payload, formId, cancellationToken))
            {
                continue;
            }

            // Also the fallback when a modal cannot be opened: the core answers the button's value in the chat.
            if (SlackTurnMapper.FromAction(payload, action, time.GetUtcNow()) is { } turn)
            {
                var accepted = await inbox.AcceptAsync(turn, cancellationToken);
                Log.Accepted(logger, payload.Type!, accepted);
            }
        }

        return SlackAck.Empty;
    }

    private async Task<bool> OpenFormAsync(InteractionPayload payload, string formId, CancellationToken cancellationToken)
    {
        if (forms.Find(formId) is not { } form || payload.TriggerId is not { Length: > 0 } trigger
            || await EmployerAsync(payload, cancellationToken)
            || await tokens.ForTeamAsync(payload.TeamId, cancellationToken) is not { } token)
        {
            return false;
        }

        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        var opened = await api.OpenViewAsync(token, trigger, ModalRenderer.Render(form, channel is ['D', ..] ? channel : null), cancellationToken);
        Log.ModalOpened(logger, opened.IsOk);
        return opened.IsOk;
    }

    private async Task<SlackAck> SubmitAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        if (payload.View is not { } view || ModalRenderer.Metadata(view) is not { } metadata)
        {
            return SlackAck.Empty;
        }

        var values = ModalRenderer.Values(view.State);
        if (await EmployerAsync(payload, cancellationToken))
        {
            // What was typed is dropped here, before the inbox: the core only learns a form was refused.
            values = new Dictionary<string, string>();
            Log.RefusedInEmployerWorkspace(logger);
        }
        else if (forms.Validate(metadata.Form, values) is { Count: > 0 } errors)
        {
            Log.Invalid(logger, errors.Count);
            return SlackAck.Json(new ViewSubmissionAck("errors", ByBlock(errors, view)), SlackJson.Default.ViewSubmissionAck);
        }

        if (SlackTurnMapper.FromSubmission(payload, metadata, values, time.GetUtcNow()) is { } turn)
        {
            var accepted = await inbox.AcceptAsync(turn, cancellationToken);
            Log.Accepted(logger, payload.Type!, accepted);
        }

        return SlackAck.Json(ViewSubmissionAck.Clear, SlackJson.Default.ViewSubmissionAck);
    }

    // Forms (the report) are never opened or taken in an employer's workspace: the core sends a private link.
    private async Task<bool> EmployerAsync(InteractionPayload payload, CancellationToken cancellationToken) =>
        payload.TeamId is not { Length: > 0 } team || await trust.TrustOfAsync(team, cancellationToken) == WorkspaceTrust.Employer;

    // Slack shows an error only under an input block it knows; a form-level error goes under the first field.
    private static Dictionary<string, string> ByBlock(IReadOnlyDictionary<string, string> errors, InteractionPayload.ViewPayload view)
    {
        var blocks = view.State?.Values?.Keys.ToList() ?? [];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, message) in errors)
        {
            var block = blocks.Contains(field) ? field : blocks.FirstOrDefault() ?? field;
            result[block] = result.TryGetValue(block, out var earlier) ? earlier + " " + message : message;
        }

        return result;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4030, Level = LogLevel.Debug, Message = "Slack {InteractionType} accepted (new: {Accepted})")]
        public static partial void Accepted(ILogger logger, string interactionType, bool accepted);

        [LoggerMessage(EventId = 4031, Level = LogLevel.Debug, Message = "Slack form submission refused with {Errors} field errors")]
        public static partial void Invalid(ILogger logger, int errors);

        [LoggerMessage(EventId = 4033, Level = LogLevel.Information, Message = "Slack form submission from an employer workspace dropped unread")]
        public static partial void RefusedInEmployerWorkspace(ILogger logger);

        [LoggerMessage(EventId = 4032, Level = LogLevel.Debug, Message = "Slack modal opened: {Opened}")]
        public static partial void ModalOpened(ILogger logger, bool opened);
    }
}
