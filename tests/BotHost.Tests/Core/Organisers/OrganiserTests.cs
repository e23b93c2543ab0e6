using BotHost.Core.Organisers;
using BotHost.Core.Reports;
using BotHost.Tests.Core.Reps;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Organisers;

public sealed class OrganiserTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_worker_who_is_not_an_organiser_is_refused_and_the_attempt_is_logged_without_content()
    {
        await using var host = Host();
        var worker = new EngineUser(host, "slack", "U-WORKER");

        var refused = await worker.SayAsync("case show K7P2Q9 secret-canary-11");

        Assert.StartsWith("Sorry, that's only for union organisers.", refused.Deliveries.Single().Message.Text);
        var log = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 400);
        Assert.Equal("Refused an organiser command (case) from a slack user who is not an organiser", log.Message);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains("secret-canary-11", StringComparison.Ordinal) || r.Message.Contains("U-WORKER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organisers_come_from_configuration_or_the_command_line()
    {
        await using var host = Host();
        var directory = host.Services.GetRequiredService<IOrganiserDirectory>();

        var configured = await directory.IsOrganiserAsync("slack", "U-ORG", default);
        var before = await directory.IsOrganiserAsync("teams", "aad-org-2", default);
        await directory.AddAsync("teams", "aad-org-2", default);
        var after = await directory.IsOrganiserAsync("teams", "aad-org-2", default);

        Assert.True(configured);
        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task Reading_a_report_is_audited_and_only_allowed_in_private()
    {
        await using var host = Host();
        var code = await FileReportAsync(host, contactInChat: false);
        var organiser = new EngineUser(host, "slack", "U-ORG");
        var audit = host.Services.GetRequiredService<IAuditLog>();

        var shown = await organiser.SayAsync($"case show {code}");

        Assert.Contains("- Employer: Acme", shown.Deliveries.Single().Message.Text);
        var entry = Assert.Single(await audit.ListAsync(DateTimeOffset.MinValue, default));
        Assert.Equal(("slack:U-ORG", "read", "report:" + code), (entry.Actor, entry.Action, entry.Subject));
    }

    [Fact]
    public async Task Case_changes_are_audited_and_the_worker_hears_of_them_when_they_asked_for_chat_contact()
    {
        await using var host = Host();
        await RepHandOffTests.SeedAsync(host);
        var code = await FileReportAsync(host, contactInChat: true);
        var organiser = new EngineUser(host, "slack", "U-ORG");

        var ack = await organiser.SayAsync($"case ack {code}");
        var assign = await organiser.SayAsync($"case assign {code} priya shah");
        var close = await organiser.SayAsync($"case close {code}");

        Assert.Equal($"Update on your report {code}: an organiser has read it.", ack.Deliveries[1].Message.Text);
        Assert.Equal("U-WORKER", ack.Deliveries[1].To.User);
        Assert.Contains("Priya, is now looking after it", assign.Deliveries[1].Message.Text);
        Assert.Equal("U-PRIYA", assign.Deliveries[2].To.User);
        Assert.Contains("The worker asked to be contacted", assign.Deliveries[2].Message.Text);
        Assert.Contains("has been closed", close.Deliveries[1].Message.Text);
        Assert.Equal(ReportStatus.Closed, (await host.Services.GetRequiredService<IReportStore>().FindAsync(code, default))!.Status);
        var actions = (await host.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default)).Select(e => e.Action);
        Assert.Equal(["acknowledged", "assigned to Priya Shah", "shared contact with Priya Shah", "closed"], actions);
    }

    [Fact]
    public async Task The_rep_request_queue_is_read_with_an_audit_entry()
    {
        await using var host = Host();
        var worker = new EngineUser(host, "slack", "U-WORKER", userName: "jo");
        await worker.SayAsync("rep");
        await worker.SayAsync("Umbrella");
        await worker.SayAsync("pay");
        await worker.PressAsync("rep:consent:yes");
        var organiser = new EngineUser(host, "slack", "U-ORG");

        var listed = await organiser.SayAsync("requests");

        Assert.Contains("Umbrella, Pay and contracts; jo (Slack ID U-WORKER)", listed.Deliveries.Single().Message.Text);
        Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue, default));
    }

    public void Dispose() => folder.Dispose();

    private BotHostFactory Host() => new(folder.Path, new Dictionary<string, string?> { ["Organisers:Members:0"] = "slack:U-ORG" });

    private static async Task<string> FileReportAsync(BotHostFactory host, bool contactInChat)
    {
        var worker = new EngineUser(host, "slack", "U-WORKER");
        await worker.SayAsync("report");
        await worker.PressAsync("report:category:Surveillance");
        await worker.SayAsync("Acme");
        await worker.SayAsync("They record our screens all day.");
        await worker.SayAsync("since March");
        await worker.PressAsync("report:people:Some");
        await worker.PressAsync("report:urgency:Soon");
        await worker.PressAsync("report:delivery:Now");
        await worker.PressAsync(contactInChat ? "report:contact:Chat" : "report:contact:None");
        var sent = await worker.PressAsync("report:confirm");
        return sent.Deliveries.Single().Message.Text.Split("**")[1];
    }
}
