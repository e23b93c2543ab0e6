namespace BotHost.Core.SafeChannel;

// Trust levels set with `BotHost workspaces set`, over Workspaces:Union in configuration. Workspace ids
// (a Slack team id, a Teams tenant id) name the employer's tool, not a person, so they are kept in the clear.
public interface IWorkspaceTrust
{
    // Employer unless the workspace was set to union, or is listed in Workspaces:Union.
    Task<WorkspaceTrust> TrustOfAsync(string workspace, CancellationToken cancellationToken);

    Task SetAsync(string workspace, WorkspaceTrust trust, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkspaceEntry>> ListAsync(CancellationToken cancellationToken);
}

public sealed record WorkspaceEntry(string Workspace, WorkspaceTrust Trust, string Source);
