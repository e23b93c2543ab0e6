using BotHost.Storage;

namespace BotHost.Hosting;

public static class HealthEndpoints
{
    // /healthz: the process is up. /readyz: the database answers and its schema is current.
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => TypedResults.Text("ok"));
        routes.MapGet("/readyz", async Task<IResult> (Migrator migrator, CancellationToken cancellationToken) =>
        {
            try
            {
                var version = await migrator.CurrentVersionAsync(cancellationToken);
                return version == migrator.LatestVersion
                    ? TypedResults.Text("ready")
                    : TypedResults.Text("migrations pending", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (System.Data.Common.DbException)
            {
                return TypedResults.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return routes;
    }
}
