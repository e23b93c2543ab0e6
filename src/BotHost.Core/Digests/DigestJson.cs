using System.Text.Json;

namespace BotHost.Core.Digests;

// `digest --format json`: the Digest record as it is. A null count means "fewer than minGroupSize".
public static class DigestJson
{
    public static string Render(Digest digest) => JsonSerializer.Serialize(digest, DigestJsonContext.Default.Digest) + "\n";
}
