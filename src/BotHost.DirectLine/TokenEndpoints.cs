using BotHost.DirectLine.Auth;
using BotHost.DirectLine.Wire;
using Microsoft.AspNetCore.Http;

namespace BotHost.DirectLine;

// POST /v3/directline/tokens/generate (the secret) and /tokens/refresh (a token that has not expired).
public static class TokenEndpoints
{
    // A token for a conversation not yet started; the union's server hands it to the page, which starts it.
    public static async Task<IResult> GenerateAsync(HttpContext http, DirectLineGate gate, ConversationIds ids, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var credential = await gate.AuthenticateAsync(http.Request);
        if (!credential.CanStart)
        {
            return TypedResults.Unauthorized();
        }

        var (parameters, problem) = await RequestBody.ReadAsync(http, DirectLineJson.Default.StartParameters, optional: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (ConversationEndpoints.UserFor(credential, parameters) is not { } user)
        {
            return RequestBody.BadArgument($"user.id must be 1 to {DirectLineTokens.MaxUserLength} visible characters.");
        }

        var conversation = ids.New();
        return Answer(new ConversationResponse(conversation, tokens.Issue(conversation, user), tokens.ExpiresInSeconds));
    }

    public static async Task<IResult> RefreshAsync(HttpContext http, DirectLineGate gate, DirectLineTokens tokens)
    {
        var credential = await gate.AuthenticateAsync(http.Request);
        return credential switch
        {
            { Kind: CredentialKind.Token, Claims: { } claims } => Answer(new ConversationResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.User!), tokens.ExpiresInSeconds)),
            { Kind: CredentialKind.Expired } => DirectLineGate.Forbidden,
            _ => TypedResults.Unauthorized(),
        };
    }

    public static IResult Answer(ConversationResponse body, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(body, DirectLineJson.Default.ConversationResponse, statusCode: status);
}
