using BotHost.Core.Reports;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Core.Together;

public sealed class TogetherRaceTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Many_submissions_racing_for_the_threshold_release_the_group_exactly_once()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var host = SlackHost.Create(folder, fake, new Dictionary<string, string?> { ["Together:NotifyOrganisers"] = "slack:T0001:C0ORG" });
        var reports = new TogetherReports(host);
        var users = Enumerable.Range(1, 16).Select(i => $"U{i:00}").ToList();

        using var start = new ManualResetEventSlim();
        var racing = users.Select(user => Task.Run(async () =>
        {
            start.Wait();
            return (User: user, Code: await reports.AddAsync(user, contact: ContactMethod.Chat));
        })).ToList();
        start.Set();
        var filed = await Task.WhenAll(racing);

        foreach (var (user, code) in filed)
        {
            Assert.False((await reports.MineAsync(user, code))!.Held);
            Assert.NotNull(await reports.CaseAsync(code));
        }

        var release = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 800);
        Assert.Equal("3", release.StructuredState!.Single(s => s.Key == "Reports").Value);

        // The organisers once; the two workers who were waiting when the third report completed the group.
        await fake.WaitForAsync("chat.postMessage", c => c.Body.Contains("raised this too", StringComparison.Ordinal), count: 2);
        Assert.Single(fake.CallsTo("chat.postMessage"), c => c.Field("channel") == "C0ORG");
        Assert.Equal("3", release.StructuredState!.Single(s => s.Key == "Messages").Value);
    }

    public void Dispose() => folder.Dispose();
}
