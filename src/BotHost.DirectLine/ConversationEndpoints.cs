using BotHost.Core.Turns;
using BotHost.DirectLine.Auth;
using BotHost.DirectLine.History;
using BotHost.DirectLine.Wire;
using Microsoft.AspNetCore.Http;

namespace BotHost.DirectLine;

// POST /v3/directline/conversations starts one (201), or with a token from tokens/generate starts that one
// (200 if it was started before); GET /conversations/{id}?watermark= gives a new stream URL to reconnect.
public static class ConversationEndpoints
{
    public const int MaxWatermarkLength = 64;

    public static async Task<IResult> StartAsync(HttpContext http, DirectLineGate gate, ConversationIds ids, DirectLineTokens tokens, IActivityHistory history, DirectLineTurnMapper mapper, IInbox inbox, CancellationToken cancellationToken)
    {
        var credential = await gate.AuthenticateAsync(http.Request);
        string conversation, user;
        if (credential is { Kind: CredentialKind.Token, Claims: { } claims })
        {
            (conversation, user) = (claims.ConversationId, claims.User!);
        }
        else if (credential.CanStart)
        {
            var (parameters, problem) = await RequestBody.ReadAsync(http, DirectLineJson.Default.StartParameters, optional: true, cancellationToken);
            if (problem is not null || UserFor(credential, parameters) is not { } named)
            {
                return problem ?? RequestBody.BadArgument($"user.id must be 1 to {DirectLineTokens.MaxUserLength} visible characters.");
            }

            (conversation, user) = (ids.New(), named);
        }
        else
        {
            return credential.Kind == CredentialKind.Expired ? DirectLineGate.Forbidden : TypedResults.Unauthorized();
        }

        // The stream starts from here, so it replays the welcome and anything after it.
        var watermark = (await history.ReadAsync(conversation, null, cancellationToken)).Watermark;
        var started = await inbox.AcceptAsync(mapper.Joined(conversation, user), cancellationToken);
        var body = new ConversationResponse(conversation, tokens.Issue(conversation, user), tokens.ExpiresInSeconds, StreamUrls.For(http.Request, conversation, watermark, tokens.IssueStream(conversation)));
        return TokenEndpoints.Answer(body, started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    // Without a watermark the new stream carries only what comes next; with one, everything after it.
    public static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpContext http, DirectLineGate gate, DirectLineTokens tokens, IActivityHistory history, CancellationToken cancellationToken)
    {
        var (credential, refusal) = await gate.ForConversationAsync(http.Request, conversationId);
        if (refusal is not null)
        {
            return refusal;
        }

        if (watermark?.Length > MaxWatermarkLength)
        {
            return RequestBody.BadArgument("watermark is too long.");
        }

        var from = string.IsNullOrEmpty(watermark) ? (await history.ReadAsync(conversationId, null, cancellationToken)).Watermark : watermark;
        var user = credential!.Claims?.User ?? DirectLineTokens.NewUser();
        var body = new ConversationResponse(conversationId, tokens.Issue(conversationId, user), tokens.ExpiresInSeconds, StreamUrls.For(http.Request, conversationId, from, tokens.IssueStream(conversationId)));
        return TokenEndpoints.Answer(body);
    }

    // Only the union's own server (the secret) may name the user; otherwise the user is new and unguessable.
    // Null when the name given is unacceptable.
    public static string? UserFor(Credential credential, StartParameters? parameters) =>
        credential.Kind == CredentialKind.Secret && parameters?.User?.Id is { } named
            ? (DirectLineTokens.IsAcceptableUser(named) ? named : null)
            : DirectLineTokens.NewUser();
}
