using BotHost.Teams;
using BotHost.Teams.Connector;
using Microsoft.Extensions.Options;

namespace BotHost.Tests.Teams;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://localhost:3978/", false)]
    [InlineData("not a url", false)]
    public void Authenticated_mode_sends_tokens_only_to_teams_hosts_over_https(string url, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new TeamsOptions()), new TeamsMode(TeamsAuthMode.Authenticated));

        Assert.Equal(allowed, policy.Allows(url));
    }

    [Theory]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:50000/", true)]
    [InlineData("http://[::1]:50000/", true)]
    [InlineData("http://192.168.1.10:3978/", false)]
    public void Unauthenticated_mode_also_allows_loopback(string url, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new TeamsOptions()), new TeamsMode(TeamsAuthMode.Unauthenticated));

        Assert.Equal(allowed, policy.Allows(url));
    }

    [Fact]
    public void A_configured_list_replaces_the_defaults()
    {
        var policy = new ServiceUrlPolicy(
            Options.Create(new TeamsOptions { AllowedServiceUrlHosts = ["connector.example.org"] }),
            new TeamsMode(TeamsAuthMode.Authenticated));

        Assert.True(policy.Allows("https://connector.example.org/"));
        Assert.False(policy.Allows("https://smba.trafficmanager.net/emea/"));
    }
}
