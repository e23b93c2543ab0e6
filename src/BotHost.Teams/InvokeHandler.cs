using System.Text.Json;
using BotHost.Core.SafeChannel;
using BotHost.Core.Turns;
using BotHost.Teams.Schema;
using Microsoft.AspNetCore.Http;

namespace BotHost.Teams;

// Invokes are answered in the same request. adaptiveCard/action (an Action.Execute button) is stored as a
// turn like a submit, and answered with the short message Teams shows under the card; the real reply
// follows through the outbox. Invokes BotHost does not handle get 501, as the SDK answers.
public sealed class InvokeHandler(ActivityTurnMapper mapper, IInbox inbox, IWorkspaceTrust trust)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string Acknowledgement = "Got it.";

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name != AdaptiveCardAction)
        {
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || !type.ValueEquals("Action.Execute"))
        {
            return Error("NotSupported", "Only Action.Execute is supported.");
        }

        var data = action.TryGetProperty("data", out var found) ? found : (JsonElement?)null;
        if (mapper.Execute(activity, SubmitValue.Read(data)) is not { } turn)
        {
            return Error("BadRequest", "The card action carried no data BotHost understands.");
        }

        // A redelivery is answered the same way; the turn itself is stored once.
        await inbox.AcceptAsync(await EmployerForms.DropValuesAsync(turn, trust, cancellationToken), cancellationToken);
        var body = new InvokeResponse(200, InvokeResponse.MessageType, JsonSerializer.SerializeToElement(Acknowledgement, TeamsJson.Default.String));
        return TypedResults.Json(body, TeamsJson.Default.InvokeResponse);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<InvokeResponse> Error(string code, string message)
    {
        var error = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["code"] = code, ["message"] = message }, TeamsJson.Default.DictionaryStringString);
        return TypedResults.Json(new InvokeResponse(400, InvokeResponse.ErrorType, error), TeamsJson.Default.InvokeResponse, statusCode: StatusCodes.Status400BadRequest);
    }
}
