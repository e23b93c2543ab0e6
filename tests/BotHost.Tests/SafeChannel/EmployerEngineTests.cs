using BotHost.Core.Conversation;
using BotHost.Core.SafeChannel;
using BotHost.Tests.Core.Reports;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.SafeChannel;

// The engine in workspace "TEMP", which no setting lists: the employer's.
public sealed class EmployerEngineTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Report_and_rep_get_the_same_words_so_the_chat_shows_only_that_a_link_was_sent()
    {
        await using var host = new BotHostFactory(folder.Path);
        var user = new EngineUser(host, "slack", "U-SAME", workspace: "TEMP");

        await user.SayAsync("help");
        var report = Assert.Single((await user.SayAsync("report")).Deliveries).Message;
        var rep = Assert.Single((await user.SayAsync("talk to a rep")).Deliveries).Message;

        Assert.Equal(report.Text, rep.Text);
        Assert.Equal(SafeChannelGate.LinkLabel, Assert.Single(report.Choices).Label);
        Assert.NotEqual(report.Choices[0].Url, rep.Choices[0].Url);
    }

    [Fact]
    public async Task A_report_begun_in_a_union_workspace_does_not_carry_on_once_it_is_the_employers()
    {
        await using var host = new BotHostFactory(folder.Path);
        var trust = host.Services.GetRequiredService<IWorkspaceTrust>();
        var user = new EngineUser(host, "slack", "U-MID", workspace: "TEMP");
        await trust.SetAsync("TEMP", WorkspaceTrust.Union, TimeProvider.System.GetUtcNow(), default);
        await user.SayAsync("report");
        await user.PressAsync("report:category:Surveillance");
        await trust.SetAsync("TEMP", WorkspaceTrust.Employer, TimeProvider.System.GetUtcNow(), default);

        var menu = await user.PressAsync("help");
        var after = await user.SayAsync("Acme Widgets");

        Assert.Equal(DialogUpdate.Clear, menu.Dialog);
        Assert.DoesNotContain(after.Deliveries, d => d.Message.Text.Contains("What happened", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Deliveries, d => d.Message.Choices.Any(c => c.Url is not null));
    }

    [Fact]
    public async Task A_receipt_status_line_typed_in_an_employer_workspace_shows_nothing_about_the_report()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);
        await ReportFlow.AnswerUpToContactAsync(chat, "Acme", "They record our screens.");
        await chat.PressAsync("report:contact:None");
        var receipt = (await chat.PressAsync("report:confirm")).Receipt!;
        var user = new EngineUser(host, "slack", "U-STATUS", workspace: "TEMP");
        await user.SayAsync("help");

        var reply = Assert.Single((await user.SayAsync(receipt.Status!)).Deliveries).Message.Text;

        Assert.StartsWith("I can't show how a report is getting on here", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Surveillance", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Code, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_reports_and_forget_me_still_work_in_the_chat()
    {
        await using var host = new BotHostFactory(folder.Path);
        var user = new EngineUser(host, "slack", "U-MINE", workspace: "TEMP");

        var mine = await user.SayAsync("my reports");
        var forget = await user.SayAsync("forget me");
        var done = await user.PressAsync("forgetme:confirm");

        Assert.DoesNotContain(mine.Deliveries, d => d.Message.Choices.Any(c => c.Url is not null));
        Assert.Contains("Delete it all?", forget.Deliveries[0].Message.Text, StringComparison.Ordinal);
        Assert.StartsWith("Done.", done.Deliveries[0].Message.Text, StringComparison.Ordinal);
        Assert.Equal(0, await host.Services.GetRequiredService<BotHost.Storage.SafeChannel.SqlFirstContacts>().CountAsync(done.Key.UserKey, default));
    }

    [Fact]
    public async Task A_worker_with_reports_sees_only_codes_and_no_counts_in_an_employer_workspace()
    {
        await using var host = new BotHostFactory(folder.Path);
        var trust = host.Services.GetRequiredService<IWorkspaceTrust>();
        var user = new EngineUser(host, "slack", "U-HAS", workspace: "TEMP");
        await trust.SetAsync("TEMP", WorkspaceTrust.Union, TimeProvider.System.GetUtcNow(), default);
        await user.SayAsync("report");
        await user.PressAsync("report:category:Discrimination");
        await user.SayAsync("Acme");
        await user.SayAsync("My manager keeps making remarks.");
        await user.SayAsync("last week");
        await user.PressAsync("report:people:One");
        await user.PressAsync("report:urgency:Soon");
        await user.PressAsync("report:delivery:Now");
        await user.PressAsync("report:contact:None");
        var confirm = await user.PressAsync("report:confirm");
        var code = confirm.Deliveries[0].Message.Text.Split("**")[1];
        await trust.SetAsync("TEMP", WorkspaceTrust.Employer, TimeProvider.System.GetUtcNow(), default);

        var replies = new[]
        {
            await user.SayAsync("my reports"),
            await user.SayAsync("privacy"),
            await user.SayAsync("forget me"),
            await user.PressAsync("forgetme:confirm"),
        }.SelectMany(o => o.Deliveries).Select(d => d.Message.Text).ToList();

        Assert.Contains(replies, text => text.Contains(code, StringComparison.Ordinal));
        Assert.All(replies, text =>
        {
            Assert.DoesNotContain("Discrimination", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1 report", text, StringComparison.Ordinal);
            Assert.DoesNotContain("waiting to be picked up", text, StringComparison.Ordinal);
        });
        Assert.Empty(await host.Services.GetRequiredService<BotHost.Core.Reports.IReportStore>().ListForUserAsync(confirm.Key.UserKey, default));
    }

    [Fact]
    public async Task Organiser_commands_are_refused_in_an_employer_workspace()
    {
        await using var host = new BotHostFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Organisers:Members:0"] = "slack:U-ORG",
            ["Workspaces:Union:0"] = "TUNION",
        });
        var organiser = new EngineUser(host, "slack", "U-ORG", workspace: "TEMP");

        var reply = Assert.Single((await organiser.SayAsync("cases")).Deliveries).Message;

        Assert.Contains("Organiser commands don't work in your employer's workspace", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_address_outside_development_no_link_is_made()
    {
        await using var host = new BotHostFactory(folder.Path);
        host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SafeLinkOptions>>().Value.PublicBaseUrl = null;
        var user = new EngineUser(host, "slack", "U-NOURL", workspace: "TEMP");

        var reply = Assert.Single((await user.SayAsync("report")).Deliveries).Message;

        Assert.Contains("private page isn't set up yet", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Choices);
    }

    public void Dispose() => folder.Dispose();
}
