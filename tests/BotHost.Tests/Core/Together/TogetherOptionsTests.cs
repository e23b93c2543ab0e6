using BotHost.Core.Reports;
using BotHost.Core.Together;
using Microsoft.Extensions.Options;

namespace BotHost.Tests.Core.Together;

public sealed class TogetherOptionsTests
{
    [Theory]
    [InlineData(null, 180, true)]
    [InlineData("slack:T0001:C0ORG", 180, true)]
    [InlineData("teams:tenant-1:19:abc@thread.tacv2", 30, true)]
    [InlineData("C0ORG", 180, false)]
    [InlineData(null, 0, false)]
    [InlineData(null, 364, true)]
    [InlineData(null, 365, false)]
    public void Bad_settings_are_refused_at_start(string? notify, int maxWaitDays, bool valid)
    {
        // Reports:RetentionDays is 365 by default: a wait as long as that would be cut short by retention.
        var validator = new TogetherOptionsValidator(Options.Create(new ReportOptions()));

        var result = validator.Validate(null, new TogetherOptions { NotifyOrganisers = notify, MaxWaitDays = maxWaitDays });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData(180, "6 months")]
    [InlineData(90, "3 months")]
    [InlineData(30, "30 days")]
    [InlineData(45, "45 days")]
    public void The_wait_reads_naturally(int days, string wait) => Assert.Equal(wait, new TogetherTerms(3, days).Wait);

    [Fact]
    public void A_threshold_below_two_is_used_as_two() => Assert.Equal(2, new TogetherOptions { Threshold = 0 }.Terms.Threshold);
}
