namespace BotHost.Core.Digests;

// What to build and for whom. Reader goes into the audit log when workers' words are opened: an
// organiser ("slack:U0123"), "schedule" or "cli:<user>". WithWords false leaves shared words unopened
// (a digest asked for in a shared channel).
public sealed record DigestRequest(DateTimeOffset From, DateTimeOffset To, string Reader)
{
    public bool WithWords { get; init; } = true;
}
