using BotHost.Slack.BlockKit;

namespace BotHost.Slack.Payloads;

// views.open (TriggerId) and views.publish (UserId).
public sealed record ViewRequest(View View, string? TriggerId = null, string? UserId = null);
