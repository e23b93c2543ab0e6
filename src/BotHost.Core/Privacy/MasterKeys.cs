using System.Security.Cryptography;
using System.Text;

namespace BotHost.Core.Privacy;

// The key-encryption keys from configuration. Only data keys are ever encrypted with them (envelope
// encryption), so rotating a master key re-wraps small keys and never re-encrypts content.
public sealed class MasterKeys
{
    private readonly Dictionary<string, byte[]> keys = [];

    public MasterKeys(byte[] current, IEnumerable<byte[]>? previous = null)
    {
        CurrentId = Add(current);
        foreach (var key in previous ?? [])
        {
            Add(key);
        }
    }

    public string CurrentId { get; }

    public static string IdOf(ReadOnlySpan<byte> key)
    {
        var hash = SHA256.HashData([.. "bothost-master-key:"u8, .. key]);
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    public static byte[] Parse(string base64)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new FormatException("The encryption key must be base64.", ex);
        }

        return key.Length == 32 ? key : throw new FormatException("The encryption key must be 32 bytes (base64 of 32 random bytes).");
    }

    public WrappedKey Wrap(ReadOnlySpan<byte> dataKey, string purpose) =>
        new(CurrentId, Aead.Seal(keys[CurrentId], dataKey, Encoding.UTF8.GetBytes(purpose)));

    public byte[] Unwrap(WrappedKey wrapped, string purpose)
    {
        if (!keys.TryGetValue(wrapped.KeyId, out var key))
        {
            throw new CryptographicException($"Master key {wrapped.KeyId} is not configured.");
        }

        return Aead.Open(key, wrapped.Data, Encoding.UTF8.GetBytes(purpose));
    }

    public bool Has(string keyId) => keys.ContainsKey(keyId);

    private string Add(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("A master key must be 32 bytes.", nameof(key));
        }

        var id = IdOf(key);
        keys[id] = key;
        return id;
    }
}

public sealed record WrappedKey(string KeyId, byte[] Data);
