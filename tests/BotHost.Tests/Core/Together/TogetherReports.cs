using System.Globalization;
using BotHost.Core.Reports;
using BotHost.Core.Together;
using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Together;

// Files reports that wait for others through the real store, one worker at a time, and reads back their state.
public sealed class TogetherReports(BotHostFactory host)
{
    public static readonly DateTimeOffset Today = DateTimeOffset.Parse("2026-11-18T10:30:00Z", CultureInfo.InvariantCulture);

    private int sequence;

    public IReportStore Store { get; } = host.Services.GetRequiredService<IReportStore>();

    public ReportFiling Filing { get; } = host.Services.GetRequiredService<ReportFiling>();

    // A worker in Slack who asked to be contacted in this chat (a DM with the bot, "D-<user>").
    public static ChannelAddress Dm(string user) => new("slack", "T0001", "D-" + user, user);

    public async Task<string> AddAsync(
        string user,
        string employer = "Acme",
        ReportCategory category = ReportCategory.Surveillance,
        ReportDelivery delivery = ReportDelivery.Together,
        WaitExpiry expiry = WaitExpiry.Count,
        ContactMethod contact = ContactMethod.None,
        DateTimeOffset? on = null,
        bool share = false) =>
        (await SaveAsync(user, employer, category, delivery, expiry, contact, on, share)).Code;

    public async Task<SavedReport> SaveAsync(
        string user,
        string employer = "Acme",
        ReportCategory category = ReportCategory.Surveillance,
        ReportDelivery delivery = ReportDelivery.Together,
        WaitExpiry expiry = WaitExpiry.Count,
        ContactMethod contact = ContactMethod.None,
        DateTimeOffset? on = null,
        bool share = false)
    {
        var turn = Interlocked.Increment(ref sequence);
        var content = new ReportContent
        {
            Employer = employer,
            Description = "They started recording our screens.",
            When = "last week",
            Contact = contact,
            ContactDetail = contact == ContactMethod.Email ? user + "@example.org" : null,
            ContactAddress = contact == ContactMethod.Chat ? Dm(user) : null,
        };
        var report = new NewReport(user, $"together-{turn}-{Guid.NewGuid():N}", category, Urgency.Soon, PeopleBand.Few, share, content)
        {
            Delivery = delivery,
            Expiry = delivery == ReportDelivery.Together ? expiry : null,
        };
        return await Filing.FileAsync(report, on ?? Today, CancellationToken.None);
    }

    // The worker's own view of one report (null once withdrawn or deleted).
    public async Task<ReportRecord?> MineAsync(string user, string code) =>
        (await Store.ListForUserAsync(user, CancellationToken.None)).SingleOrDefault(r => r.Code == code);

    // What organisers can open as a case: null for held and count-only reports.
    public Task<ReportRecord?> CaseAsync(string code) => Store.FindAsync(code, CancellationToken.None);
}
