namespace BotHost.Storage;

// Notifications from other hosts (and this one) that are not simply "there is work": a web chat reply for a
// session, a Direct Line activity, a reader taking a session over. Subscribers filter on the channel.
public sealed class HostNotifications
{
    public event Action<string, string>? Received;

    // A random id for this process, so a host can tell its own notifications from others'.
    public string HostId { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    public void Raise(string channel, string payload) => Received?.Invoke(channel, payload);
}
