using System.Text.Json;

namespace BotHost.Teams;

// A string from a JsonElement the client sent, or null. Elements keep the raw bytes, and GetString throws
// InvalidOperationException on invalid UTF-8 or a lone surrogate escape ("\ud800"): a 500 (found by the fuzz
// test) where the request deserves the same answer as any other malformed value.
public static class JsonStrings
{
    public static string? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
