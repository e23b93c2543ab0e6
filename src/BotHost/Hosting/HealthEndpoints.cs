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
                return version == Migrator.LatestVersion
                    ? TypedResults.Text("ready")
                    : TypedResults.Text("migrations pending", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return TypedResults.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return routes;
    }
}
