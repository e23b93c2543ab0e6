using System.Globalization;
using BotHost.Core.Reports;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Digests;

// Files reports through the real store, each on the day given, as if workers had sent them.
public sealed class ReportSeeder(BotHostFactory host)
{
    private readonly ReportFiling filing = host.Services.GetRequiredService<ReportFiling>();
    private int sequence;

    public static DateTimeOffset Day(string day) => DateTimeOffset.Parse(day + "T12:00:00Z", CultureInfo.InvariantCulture);

    public async Task<string> AddAsync(
        string day,
        ReportCategory category = ReportCategory.Surveillance,
        string employer = "Acme",
        string description = "They monitor everything.",
        bool share = false,
        Urgency urgency = Urgency.Soon,
        ContactMethod contact = ContactMethod.None)
    {
        sequence++;
        var content = new ReportContent
        {
            Employer = employer,
            Description = description,
            When = "last week",
            Contact = contact,
            ContactDetail = contact == ContactMethod.Email ? "worker@example.org" : null,
        };
        var report = new NewReport($"user-{sequence}", $"turn-{sequence}", category, urgency, PeopleBand.Few, share, content);
        return (await filing.FileAsync(report, Day(day), CancellationToken.None)).Code;
    }

    public async Task AddManyAsync(int count, string day, ReportCategory category, string employer = "Acme")
    {
        for (var i = 0; i < count; i++)
        {
            await AddAsync(day, category, employer);
        }
    }
}
