using BotHost.Core.Together;

namespace BotHost.Core.Reports;

// The reports side of a unit of work: the statements ReportFiling, TogetherMatcher and TogetherExpiry
// run inside one transaction. Storage seals and opens employer names; report content arrives sealed.
public interface IReportWrites
{
    Task<SavedReport?> FindBySourceAsync(string sourceId);

    Task<bool> CodeTakenAsync(string code);

    // The rep directory's alias for a normalised employer name, if it lists one.
    Task<EmployerAlias?> AliasAsync(string normalised);

    Task InsertAsync(StoredReport report);

    // Keeps the group's display name (sealed), unless it already has one.
    Task NameEmployerAsync(string employerKey, string display);

    Task<string?> EmployerNameAsync(string employerKey);

    // Until commit, no other transaction can match this group: on a database with one writer there is
    // nothing to do; with several hosts this is what makes exactly one submission release a group.
    Task LockGroupAsync(ReportCategory category, string employerKey);

    // Different people among the group's Together reports made on or after since.
    Task<int> CountReportersAsync(ReportCategory category, string employerKey, DateOnly since);

    // Releases the group's held reports made on or after since; returns them.
    Task<IReadOnlyList<HeldReport>> ReleaseAsync(ReportCategory category, string employerKey, DateOnly since, DateOnly today);

    // Groups with held reports, of one employer or of all.
    Task<IReadOnlyList<ReportGroup>> HeldGroupsAsync(string? employerKey);

    // Held reports made before cutoff: deleted or made count-only, as each author chose; returns them.
    Task<IReadOnlyList<HeldReport>> ExpireHeldAsync(DateOnly cutoff, DateOnly today);
}

public sealed record EmployerAlias(string Canonical, string Display);

public sealed record ReportGroup(ReportCategory Category, string EmployerKey);

public sealed record HeldReport(string Code, SealedReport Sealed, WaitExpiry? Expiry);

// A report row as filed: the clear columns (docs/privacy.md) and the sealed content.
public sealed record StoredReport(
    string Code,
    string SourceId,
    NewReport Report,
    string EmployerKey,
    DateOnly CreatedOn,
    DateOnly ExpiresOn,
    SealedReport Sealed)
{
    public bool Held => Report.Delivery == ReportDelivery.Together;
}
