using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine.Auth;

// Who is asking, and whether they may touch a conversation. Refusals carry no body: 401 for no credential or
// a broken one, 403 for an expired token or another conversation's, 404 for an id this host never issued.
public sealed class DirectLineGate(DirectLineMode mode, IOptions<DirectLineOptions> options, DirectLineTokens tokens, ConversationIds ids)
{
    private const string Scheme = "Bearer ";

    public async Task<Credential> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization;
        var value = header.Count == 1 ? header.ToString() : "";
        var presented = value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? value[Scheme.Length..].Trim() : "";
        if (presented.Length > 0 && IsSecret(presented))
        {
            return new Credential(CredentialKind.Secret);
        }

        if (presented.Length is > 0 and < 4096)
        {
            var check = await tokens.CheckAsync(presented);
            if (check.Status != TokenStatus.Invalid && ids.IsIssued(check.Claims!.ConversationId))
            {
                return new Credential(check.Status == TokenStatus.Valid ? CredentialKind.Token : CredentialKind.Expired, check.Claims);
            }
        }

        return mode.Access == DirectLineAccess.Open ? new Credential(CredentialKind.Open) : Credential.Refused;
    }

    // The credential when it opens this conversation, else the refusal to send.
    public async Task<(Credential? Credential, IResult? Refusal)> ForConversationAsync(HttpRequest request, string conversationId)
    {
        var credential = await AuthenticateAsync(request);
        IResult? refusal = credential.Kind switch
        {
            CredentialKind.Refused or CredentialKind.Open => TypedResults.Unauthorized(),
            CredentialKind.Expired => Forbidden,
            _ when !ids.IsIssued(conversationId) => TypedResults.NotFound(),
            CredentialKind.Token when credential.Claims!.ConversationId != conversationId => Forbidden,
            _ => null,
        };
        return refusal is null ? (credential, null) : (null, refusal);
    }

    public static IResult Forbidden => TypedResults.StatusCode(StatusCodes.Status403Forbidden);

    // Compared as hashes in constant time, so neither the length nor a prefix of the secret leaks.
    private bool IsSecret(string presented) =>
        mode.Access == DirectLineAccess.Secret && options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
