using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.DirectLine;

// Direct Line 3.0 as Microsoft's Web Chat and directline-js speak it, onto the same inbox and outbox as every
// other channel. https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference
public static class DirectLineEndpoints
{
    public const string Base = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Base).AddEndpointFilter(Guard).RequireCors(DirectLineSetup.CorsPolicy);
        api.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        api.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        api.MapPost("/conversations", ConversationEndpoints.StartAsync);
        api.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        api.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        api.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        return routes;
    }

    // Off (no secret outside Development): as if none of it existed. On: answers hold tokens, never cached.
    private static async ValueTask<object?> Guard(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetRequiredService<DirectLineMode>().IsOff)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}
