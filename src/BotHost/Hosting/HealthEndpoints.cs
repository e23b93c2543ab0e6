using BotHost.Core.Turns;
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
        // The pipeline's backlog, for an operator or a probe: turns and replies waiting, how long the oldest
        // has waited (the lag a worker feels), and turns parked after failing. Counts only, nothing personal.
        routes.MapGet("/readyz/queues", async (IInbox inbox, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var now = time.GetUtcNow();
            var turns = await inbox.DepthAsync(now, cancellationToken);
            var replies = await outbox.DepthAsync(now, cancellationToken);
            return TypedResults.Json(new QueueReport(Of(turns), Of(replies)), HealthJson.Default.QueueReport);
        });
        return routes;
    }

    private static QueueFigures Of(QueueDepth depth) => new(depth.Waiting, Math.Round(depth.OldestWait.TotalSeconds, 1), depth.Parked);
}

public sealed record QueueReport(QueueFigures Inbox, QueueFigures Outbox);

public sealed record QueueFigures(long Waiting, double OldestWaitSeconds, long Parked);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(QueueReport))]
public sealed partial class HealthJson : System.Text.Json.Serialization.JsonSerializerContext;
