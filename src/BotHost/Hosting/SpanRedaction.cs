using System.Collections.Frozen;
using System.Diagnostics;
using OpenTelemetry;

namespace BotHost.Hosting;

// Spans leave the process with listed attributes only. ASP.NET Core and HttpClient record the raw path and
// query (url.path, url.query, url.full): Direct Line paths carry the conversation id, the web chat's query a
// session id, a Teams reply's path the conversation. A client's address or user agent can single out a
// person. So everything unlisted is removed, names are rebuilt from the route template, an outgoing call
// keeps only its origin, and a status description (an exception's message) is dropped.
public sealed class SpanRedaction : BaseProcessor<Activity>
{
    private static readonly FrozenSet<string> Kept = FrozenSet.Create(
        StringComparer.Ordinal,
        "http.request.method",
        "http.response.status_code",
        "http.route",
        "url.scheme",
        "network.protocol.version",
        "error.type",
        // BotHost's own span (InboxProcessor): values from fixed lists.
        "channel",
        "kind",
        "outcome");

    // An outgoing call's server is the platform's API (slack.com, the Teams service URL); a server span's
    // server.address is whatever Host header the caller sent.
    private static readonly FrozenSet<string> KeptOnClient = FrozenSet.Create(StringComparer.Ordinal, "server.address", "server.port", "url.full");

    public override void OnEnd(Activity data)
    {
        List<string>? unlisted = null;
        foreach (var tag in data.TagObjects)
        {
            if (!Kept.Contains(tag.Key) && !(data.Kind == ActivityKind.Client && KeptOnClient.Contains(tag.Key)))
            {
                (unlisted ??= []).Add(tag.Key);
            }
        }

        unlisted?.ForEach(key => data.SetTag(key, null));
        if (data.GetTagItem("url.full") is string full)
        {
            data.SetTag("url.full", Uri.TryCreate(full, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null);
        }

        if (data.Kind is ActivityKind.Server or ActivityKind.Client)
        {
            var method = data.GetTagItem("http.request.method") as string ?? "HTTP";
            data.DisplayName = data.GetTagItem("http.route") is string route ? $"{method} {route}" : method;
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }
}
