using BotHost.Teams;
using BotHost.Teams.Connector;

namespace BotHost.Tests.Teams;

public sealed class TeamsOptionsValidatorTests
{
    private readonly TeamsOptionsValidator validator = new();

    [Fact]
    public void No_teams_settings_at_all_is_valid()
    {
        Assert.True(validator.Validate(null, new TeamsOptions()).Succeeded);
    }

    [Fact]
    public void An_app_id_without_a_secret_fails_at_start()
    {
        var result = validator.Validate(null, new TeamsOptions { AppId = Activities.AppId, TenantId = Activities.Tenant });

        Assert.True(result.Failed);
        Assert.Contains("AppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_tenant_bot_needs_its_tenant()
    {
        var result = validator.Validate(null, new TeamsOptions { AppId = Activities.AppId, AppPassword = "s", AppType = "SingleTenant" });

        Assert.Contains("TenantId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_metadata_is_refused_unless_it_is_loopback()
    {
        Assert.True(validator.Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://login.example.org/meta" }).Failed);
        Assert.True(validator.Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://127.0.0.1:5000/meta" }).Succeeded);
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(Activities.Tenant, "https://login.microsoftonline.com/" + Activities.Tenant)]
    public void The_token_authority_follows_the_tenant_type(string? tenant, string authority)
    {
        var options = new TeamsOptions { AppId = Activities.AppId, AppPassword = "s", TenantId = tenant };

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(authority, ConnectorToken.Authority(options));
    }
}
