namespace BotHost.Core.Faq;

// Which sites an answer may cite: the official UK sources the issue names, plus the union's own pages.
public sealed class FaqSourcePolicy(IEnumerable<string> unionDomains)
{
    public static readonly IReadOnlyList<string> OfficialDomains =
        ["gov.uk", "legislation.gov.uk", "ico.org.uk", "acas.org.uk", "tuc.org.uk"];

    private readonly string[] allowed = [.. OfficialDomains, .. unionDomains.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0)];

    public IReadOnlyList<string> Allowed => allowed;

    // Null when the URL is acceptable, else the reason.
    public string? Check(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"source \"{url}\" is not an https:// link";
        }

        var host = uri.Host.ToLowerInvariant();
        return allowed.Any(domain => host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            ? null
            : $"source \"{url}\" is not on an allowed site ({string.Join(", ", allowed)})";
    }
}
