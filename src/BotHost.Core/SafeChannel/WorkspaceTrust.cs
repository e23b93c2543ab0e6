namespace BotHost.Core.SafeChannel;

// Who runs a Slack workspace or Teams tenant. In an employer's one, its admins can export chats, so
// reports and rep contact move to the union's own page.
public enum WorkspaceTrust
{
    Employer,
    Union,
}
