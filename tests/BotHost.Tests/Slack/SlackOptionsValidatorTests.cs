using BotHost.Slack;

namespace BotHost.Tests.Slack;

public sealed class SlackOptionsValidatorTests
{
    private readonly SlackOptionsValidator validator = new();

    [Fact]
    public void No_Slack_settings_means_Slack_is_off_and_valid()
    {
        Assert.True(validator.Validate(null, new SlackOptions()).Succeeded);
    }

    [Theory]
    [InlineData("BotToken")]
    [InlineData("AppToken")]
    [InlineData("ClientId")]
    public void A_signing_secret_is_required_once_Slack_is_configured(string key)
    {
        var options = new SlackOptions();
        typeof(SlackOptions).GetProperty(key)!.SetValue(options, key == "AppToken" ? "xapp-1" : "x");

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Slack:SigningSecret", result.FailureMessage);
    }

    [Fact]
    public void An_app_token_must_be_an_app_level_token()
    {
        var result = validator.Validate(null, new SlackOptions { SigningSecret = "s", AppToken = "xoxb-1" });

        Assert.Contains("xapp-", result.FailureMessage);
    }

    [Fact]
    public void OAuth_needs_a_secret_and_a_redirect_uri()
    {
        var result = validator.Validate(null, new SlackOptions { SigningSecret = "s", ClientId = "1.2" });

        Assert.Contains("Slack:ClientSecret", result.FailureMessage);
    }

    [Fact]
    public void A_host_with_a_bot_token_but_no_signing_secret_refuses_to_start()
    {
        using var folder = new Infrastructure.TempFolder();
        using var host = new Infrastructure.BotHostFactory(folder.Path, new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1" });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Slack:SigningSecret", error.ToString());
    }
}
