using BotHost.Core.Turns;

namespace BotHost.Core.SafeChannel;

public static class WorkspaceTrustExtensions
{
    // Whether a message carrying what a worker shared (a rep hand-off, a digest's words) may go to this
    // address: only in a workspace the union runs, never where the employer can export it.
    public static async Task<bool> IsUnionAsync(this IWorkspaceTrust trust, ChannelAddress address, CancellationToken cancellationToken) =>
        await trust.TrustOfAsync(address.Workspace, cancellationToken) == WorkspaceTrust.Union;
}
