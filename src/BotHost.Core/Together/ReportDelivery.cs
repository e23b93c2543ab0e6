namespace BotHost.Core.Together;

// How a report travels, as the worker chose at the end of it.
public enum ReportDelivery
{
    // Organisers see it in the next digest and as a case; a rep can reach the worker if they agreed.
    Now,

    // Added to the digest's totals, never shown on its own; nobody contacts the worker.
    Count,

    // Held, sealed, until enough colleagues at the same employer report the same kind of problem.
    Together,
}
