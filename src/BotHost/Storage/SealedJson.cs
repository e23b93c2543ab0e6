using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotHost.Core.Privacy;

namespace BotHost.Storage;

// JSON sealed with the transient key, bound to its row by the context string.
public static class SealedJson
{
    public static byte[] Seal<T>(Keyring keyring, T value, JsonTypeInfo<T> type, string context) =>
        keyring.Seal(JsonSerializer.SerializeToUtf8Bytes(value, type), context);

    public static T Open<T>(Keyring keyring, byte[] body, JsonTypeInfo<T> type, string context) =>
        JsonSerializer.Deserialize(keyring.Open(body, context), type)
        ?? throw new InvalidDataException("A sealed row held no value.");
}
