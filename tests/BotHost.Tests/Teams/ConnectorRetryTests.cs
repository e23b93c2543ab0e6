using System.Net;
using BotHost.Core.Turns;
using BotHost.Teams;
using BotHost.Teams.Connector;

namespace BotHost.Tests.Teams;

public sealed class ConnectorRetryTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(403, false)]
    [InlineData(400, false)]
    public void Only_throttling_and_gateway_errors_are_retried_inline(int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, ConnectorRetry.ShouldRetry(response));
    }

    [Fact]
    public void A_long_retry_after_goes_back_to_the_outbox_instead_of_waiting()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(60));

        Assert.False(ConnectorRetry.ShouldRetry(response));
        Assert.Equal(SendResult.Retry(TimeSpan.FromSeconds(60)), TeamsSender.Outcome(new ConnectorResponse(429, RetryAfter: TimeSpan.FromSeconds(60))));
    }

    [Theory]
    [InlineData(200, SendStatus.Sent)]
    [InlineData(201, SendStatus.Sent)]
    [InlineData(403, SendStatus.Undeliverable)]
    [InlineData(404, SendStatus.Undeliverable)]
    [InlineData(413, SendStatus.Undeliverable)]
    [InlineData(500, SendStatus.Undeliverable)]
    [InlineData(503, SendStatus.Retry)]
    [InlineData(0, SendStatus.Retry)]
    public void Connector_answers_map_to_send_results(int status, SendStatus expected)
    {
        Assert.Equal(expected, TeamsSender.Outcome(new ConnectorResponse(status)).Status);
    }
}
