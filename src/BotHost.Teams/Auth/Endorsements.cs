using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Teams.Auth;

// Each Bot Framework key lists the channels it may sign for ("endorsements"). IdentityModel keeps unknown
// JWK members in AdditionalData, in whatever shape its parser chose, so read them defensively.
public static class Endorsements
{
    public static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ToString())],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString() ?? "")],
            _ => [],
        };
    }
}
