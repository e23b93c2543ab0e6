using BotHost.Core.Storage;
using BotHost.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Infrastructure;

public static class Outcomes
{
    // Stores a turn's dialog change and records as the pipeline's commit does. Replies are not queued:
    // tests read them from the outcome.
    public static async Task CommitAsync(IServiceProvider services, TurnOutcome outcome)
    {
        await using var work = await services.GetRequiredService<IStorage>().BeginAsync(default);
        await work.Turns.SaveDialogAsync(outcome.Key, outcome.Dialog);
        foreach (var record in outcome.Records)
        {
            await record.WriteAsync(work);
        }

        await work.CommitAsync(default);
    }
}
