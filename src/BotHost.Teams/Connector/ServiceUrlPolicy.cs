using Microsoft.Extensions.Options;

namespace BotHost.Teams.Connector;

// Where replies may go. The Connector token is a credential for the whole bot, so it is only ever sent to
// an https host on the allow-list; loopback (the Emulator, tests) is allowed over http, and in unauthenticated
// mode without being listed.
public sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options, TeamsMode mode)
{
    public bool Allows(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && Allows(uri);

    public bool Allows(Uri uri)
    {
        if (Loopback.IsLoopback(uri.Host))
        {
            return uri.Scheme is "http" or "https" && (!mode.IsAuthenticated || Listed(uri.Host));
        }

        return uri.Scheme == Uri.UriSchemeHttps && Listed(uri.Host);
    }

    private bool Listed(string host) => options.Value.ServiceUrlHosts.Any(pattern => Matches(pattern.Trim(), host));

    private static bool Matches(string pattern, string host) => pattern.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
        : host.Equals(pattern, StringComparison.OrdinalIgnoreCase);
}
