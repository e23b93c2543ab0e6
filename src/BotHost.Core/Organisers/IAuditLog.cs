namespace BotHost.Core.Organisers;

// Who read or changed what, and when. Actors are organisers ("slack:U0123"), accountable by name;
// subjects are report codes and queue ids, never content.
public interface IAuditLog
{
    Task WriteAsync(string actor, string action, string subject, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken);
}

public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject);
