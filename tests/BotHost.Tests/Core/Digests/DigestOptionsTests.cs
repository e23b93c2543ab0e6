using BotHost.Core.Digests;
using BotHost.Core.Turns;

namespace BotHost.Tests.Core.Digests;

public sealed class DigestOptionsTests
{
    private readonly DigestOptionsValidator validator = new();

    [Fact]
    public void The_defaults_are_valid_and_schedule_nothing_without_destinations()
    {
        var defaults = new DigestOptions();

        Assert.True(validator.Validate(null, defaults).Succeeded);
        Assert.Null(DigestPlan.Create(defaults, out _));
    }

    [Theory]
    [InlineData("MinGroupSize", "1")]
    [InlineData("Schedule", "every monday")]
    [InlineData("TimeZone", "Europe/Atlantis")]
    [InlineData("Period", "a week")]
    [InlineData("Destinations", "slack:T0123")]
    public void A_bad_setting_is_refused(string key, string value)
    {
        var options = new DigestOptions { Destinations = ["slack:T0123:C0456"] };
        switch (key)
        {
            case "MinGroupSize": options.MinGroupSize = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Schedule": options.Schedule = value; break;
            case "TimeZone": options.TimeZone = value; break;
            case "Period": options.Period = value; break;
            default: options.Destinations = [value]; break;
        }

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage);
    }

    [Fact]
    public void Destinations_keep_colons_inside_the_conversation_id()
    {
        var plan = DigestPlan.Create(new DigestOptions { Destinations = ["slack:T0123:C0456", "teams:72f988bf:19:abc@thread.tacv2"] }, out var error);

        Assert.Null(error);
        Assert.Equal([new ChannelAddress("slack", "T0123", "C0456"), new ChannelAddress("teams", "72f988bf", "19:abc@thread.tacv2")], plan!.Destinations);
    }

    [Fact]
    public void An_empty_schedule_turns_scheduling_off()
    {
        var plan = DigestPlan.Create(new DigestOptions { Schedule = "", Destinations = ["slack:T0123:C0456"] }, out var error);

        Assert.Null(plan);
        Assert.Null(error);
    }
}
