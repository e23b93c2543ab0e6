using System.Security.Cryptography;

namespace BotHost.Core.Privacy;

// AES-256-GCM with a random 96-bit nonce. Layout: nonce (12) | tag (16) | ciphertext.
// The associated data binds a ciphertext to its row, so a sealed value cannot be moved to another record.
public static class Aead
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(key, TagSize);
        gcm.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return output;
    }

    // Throws CryptographicException when the key is wrong or the data was altered.
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> associatedData)
    {
        if (sealedData.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Sealed data is too short.");
        }

        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var gcm = new AesGcm(key, TagSize);
        gcm.Decrypt(
            sealedData[..NonceSize],
            sealedData[(NonceSize + TagSize)..],
            sealedData.Slice(NonceSize, TagSize),
            plaintext,
            associatedData);
        return plaintext;
    }
}
