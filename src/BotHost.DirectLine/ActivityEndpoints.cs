using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.DirectLine.Auth;
using BotHost.DirectLine.History;
using BotHost.Teams.Schema;
using Microsoft.AspNetCore.Http;

namespace BotHost.DirectLine;

// POST .../activities: a user's message, stored in the inbox before it is acknowledged.
// GET .../activities?watermark=: the conversation's activities after the watermark.
public static class ActivityEndpoints
{
    public static async Task<IResult> PostAsync(string conversationId, HttpContext http, DirectLineGate gate, PostLimits limits, DirectLineTurnMapper mapper, IInbox inbox, IActivityHistory history, CancellationToken cancellationToken)
    {
        var (credential, refusal) = await gate.ForConversationAsync(http.Request, conversationId);
        if ((refusal ?? limits.Refusal(http, conversationId)) is { } refused)
        {
            return refused;
        }

        var (activity, problem) = await RequestBody.ReadAsync(http, Json.Activity, optional: false, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        // A token speaks for its own user whatever from.id says; the secret's holder names the user each time.
        var user = credential!.Kind == CredentialKind.Token ? credential.Claims!.User : activity.From?.Id;
        if (activity.Type is not { Length: > 0 } type || !DirectLineTokens.IsAcceptableUser(user))
        {
            return RequestBody.BadArgument("type and from.id are required.");
        }

        // Typing indicators and events ask nothing of the bot.
        if (type != ActivityTypes.Message)
        {
            return Answer(conversationId + "|" + RandomToken.New(9));
        }

        var (turn, why) = mapper.Message(activity, conversationId, user!);
        if (turn is null)
        {
            return RequestBody.BadArgument(why!);
        }

        // The echo goes first, so the user's message always comes before the bot's answer to it.
        var echo = await history.AppendAsync(conversationId, mapper.Echo(activity, conversationId, user!), cancellationToken);
        await inbox.AcceptAsync(turn, cancellationToken);
        return Answer(echo.Id!);
    }

    public static async Task<IResult> GetAsync(string conversationId, string? watermark, HttpContext http, DirectLineGate gate, IActivityHistory history, CancellationToken cancellationToken)
    {
        var (_, refusal) = await gate.ForConversationAsync(http.Request, conversationId);
        if (refusal is not null)
        {
            return refusal;
        }

        return watermark?.Length > ConversationEndpoints.MaxWatermarkLength
            ? RequestBody.BadArgument("watermark is too long.")
            : TypedResults.Json(await history.ReadAsync(conversationId, watermark, cancellationToken), Json.ActivitySet);
    }

    private static DirectLineJson Json => DirectLineJson.Default;

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ResourceResponse> Answer(string id) => TypedResults.Json(new ResourceResponse(id), Json.ResourceResponse);
}
