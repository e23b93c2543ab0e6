using System.Text.Json;
using BotHost.Teams.Auth;
using BotHost.Teams.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace BotHost.Teams;

public static class TeamsEndpoints
{
    public const string Path = "/api/messages";
    public const long MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, HandleAsync);
        return routes;
    }

    // Verify the token, read the activity, check what the token says against it, hand it on.
    // Authentication failures are 401 with no body; a malformed activity is 400.
    private static async Task<IResult> HandleAsync(HttpContext http, ConnectorAuth auth, ActivityDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var authorization = http.Request.Headers.Authorization;
        if (authorization.Count > 1 || await auth.AuthenticateAsync(authorization.ToString(), cancellationToken) is not { } identity)
        {
            return TypedResults.Unauthorized();
        }

        var (activity, problem) = await ReadAsync(http, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        return auth.Accepts(identity, activity) ? await dispatcher.DispatchAsync(activity, cancellationToken) : TypedResults.Unauthorized();
    }

    private static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, TeamsJson.Default.Activity, cancellationToken);
            return activity is { Type.Length: > 0 } ? (activity, null) : (null, TypedResults.BadRequest());
        }
        catch (JsonException)
        {
            return (null, TypedResults.BadRequest());
        }
        catch (BadHttpRequestException ex)
        {
            return (null, TypedResults.StatusCode(ex.StatusCode));
        }
    }
}
