using BotHost.Core.Digests;
using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Tests.Core.Digests;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Storage;

// The digest built over reports filed through the real store and read back with aggregate SQL.
public sealed class DigestSourceTests : IDisposable
{
    private static readonly DateTimeOffset Monday = ReportSeeder.Day("2026-11-16").AddHours(-4);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_category_with_two_reports_never_shows_its_count()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(6, "2026-11-10", ReportCategory.Surveillance);
        await seed.AddManyAsync(2, "2026-11-11", ReportCategory.Workload);
        await seed.AddManyAsync(1, "2026-11-12", ReportCategory.PayContracts);

        var digest = await BuildAsync(host);

        Assert.Equal(9, digest.Total.Count);
        Assert.Equal(["Surveillance and monitoring", "Other"], digest.ByCategory.Select(r => r.Name));
        Assert.Equal([6, 3], digest.ByCategory.Select(r => r.Count!.Value));
        Assert.DoesNotContain(digest.ByCategory, r => r.Count is 1 or 2);
        Assert.DoesNotContain("Workload", DigestMarkdown.Render(digest));
        Assert.DoesNotContain("Workload", DigestJson.Render(digest));
    }

    [Fact]
    public async Task Employer_groups_fold_the_same_way_and_only_shown_names_appear()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(4, "2026-11-10", ReportCategory.Surveillance, "Acme Ltd");
        await seed.AddManyAsync(3, "2026-11-10", ReportCategory.Surveillance, "Initech");
        await seed.AddManyAsync(1, "2026-11-11", ReportCategory.Surveillance, "Globex");
        await seed.AddManyAsync(1, "2026-11-11", ReportCategory.Surveillance, "Hooli");

        var digest = await BuildAsync(host);
        var everything = DigestMarkdown.Render(digest) + DigestCsv.Render(digest) + DigestJson.Render(digest);

        Assert.Equal([("Acme Ltd", 4), ("Other", 5)], digest.ByEmployer.Select(r => (r.Name, r.Count!.Value)));
        Assert.DoesNotContain("Globex", everything);
        Assert.DoesNotContain("Hooli", everything);
        Assert.DoesNotContain("Initech", everything);
    }

    [Fact]
    public async Task Counts_are_compared_with_the_period_before()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(3, "2026-11-03", ReportCategory.Surveillance);
        await seed.AddManyAsync(5, "2026-11-12", ReportCategory.Surveillance);
        await seed.AddManyAsync(4, "2026-11-16", ReportCategory.Surveillance);

        var digest = await BuildAsync(host);

        Assert.Equal(new DigestRow("Surveillance and monitoring", 5, 2), digest.ByCategory.Single());
        Assert.Equal(5, digest.Total.Count);
        Assert.Equal(2, digest.Total.Change);
    }

    [Fact]
    public async Task Shared_words_are_redacted_and_unshared_words_never_appear()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(3, "2026-11-10", ReportCategory.Surveillance);
        await seed.AddAsync("2026-11-12", description: "Secret-canary-41c7: they screenshot us.");
        var shared = await seed.AddAsync(
            "2026-11-13",
            description: "They log keystrokes. Email me at jo.b@example.org or ring 07700 900123, see https://initech.example/policy",
            share: true);

        var digest = await BuildAsync(host);
        var audited = await host.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default);

        var excerpt = Assert.Single(digest.Excerpts);
        Assert.Equal("Surveillance and monitoring", excerpt.Category);
        Assert.Equal("They log keystrokes. Email me at [email] or ring [phone], see [link]", excerpt.Text);
        Assert.DoesNotContain("Secret-canary-41c7", DigestJson.Render(digest));
        var entry = Assert.Single(audited);
        Assert.Equal(("slack:U-ORG", "read-shared-words", "report:" + shared), (entry.Actor, entry.Action, entry.Subject));
    }

    [Fact]
    public async Task Shared_words_from_a_folded_category_are_labelled_other_and_cut_to_length()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        await seed.AddManyAsync(3, "2026-11-10", ReportCategory.Surveillance);
        await seed.AddAsync("2026-11-12", ReportCategory.Workload, description: new string('x', 500) + " ring 07700 900123", share: true);

        var excerpt = Assert.Single((await BuildAsync(host)).Excerpts);

        Assert.Equal("Other", excerpt.Category);
        Assert.Equal(DigestBuilder.ExcerptLength, excerpt.Text.Length);
        Assert.EndsWith("…", excerpt.Text);
    }

    [Fact]
    public async Task Open_cases_waiting_for_contact_and_urgent_ones_are_listed_by_code()
    {
        await using var host = new BotHostFactory(folder.Path);
        var seed = new ReportSeeder(host);
        var store = host.Services.GetRequiredService<IReportStore>();
        var waiting = await seed.AddAsync("2026-11-10", contact: ContactMethod.Email);
        var taken = await seed.AddAsync("2026-10-01", contact: ContactMethod.Chat);
        await store.SetStatusAsync(taken, ReportStatus.Assigned, "rep-1", default);
        var urgent = await seed.AddAsync("2026-09-01", urgency: Urgency.Urgent);
        var closed = await seed.AddAsync("2026-11-11", urgency: Urgency.Urgent);
        await store.SetStatusAsync(closed, ReportStatus.Closed, null, default);

        var digest = await BuildAsync(host);

        Assert.Equal(1, digest.WaitingForContact.Count);
        Assert.Equal([waiting], digest.WaitingForContact.Codes);
        Assert.Equal(1, digest.Urgent.Count);
        Assert.Equal([urgent], digest.Urgent.Codes);
    }

    public void Dispose() => folder.Dispose();

    private static Task<Digest> BuildAsync(BotHostFactory host) =>
        host.Services.GetRequiredService<IDigestService>().BuildAsync(new DigestRequest(Monday.AddDays(-7), Monday, "slack:U-ORG"), default);
}
