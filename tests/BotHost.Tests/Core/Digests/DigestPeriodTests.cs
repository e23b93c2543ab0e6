using BotHost.Core.Digests;

namespace BotHost.Tests.Core.Digests;

public sealed class DigestPeriodTests
{
    [Theory]
    [InlineData("7d", 7 * 24)]
    [InlineData("30d", 30 * 24)]
    [InlineData("4w", 28 * 24)]
    [InlineData("12h", 12)]
    [InlineData(" 14D ", 14 * 24)]
    public void Periods_are_a_number_and_a_unit(string text, int hours)
    {
        Assert.True(DigestPeriod.TryParse(text, out var period));
        Assert.Equal(TimeSpan.FromHours(hours), period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("d")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("+7d")]
    [InlineData("1.5d")]
    [InlineData("7x")]
    [InlineData("7 days")]
    [InlineData("99999d")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(DigestPeriod.TryParse(text, out _));
    }
}
