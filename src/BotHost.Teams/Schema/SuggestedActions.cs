namespace BotHost.Teams.Schema;

// https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md#suggested-actions
public sealed record SuggestedActions(IReadOnlyList<SuggestedAction> Actions);
