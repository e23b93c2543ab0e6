using System.Text;
using BotHost.Slack;
using Microsoft.Extensions.Primitives;

namespace BotHost.Tests.Slack;

public sealed class SlackSignatureTests
{
    // Slack's published example: https://docs.slack.dev/authentication/verifying-requests-from-slack
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long DocTimestamp = 1531420618;
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset DocNow = DateTimeOffset.FromUnixTimeSeconds(DocTimestamp + 10);

    [Fact]
    public void Slacks_documented_example_verifies()
    {
        Assert.Equal(362, Encoding.UTF8.GetByteCount(DocBody));

        Assert.True(Verify(DocSecret, "1531420618", DocSignature, DocBody, DocNow));
    }

    [Theory]
    [InlineData("{\"token\":\"x\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\",\"event\":{\"type\":\"message\",\"channel\":\"D0001\",\"user\":\"U0001\",\"text\":\"café — is my contract legal?\",\"ts\":\"1767225600.000100\",\"channel_type\":\"im\"},\"type\":\"event_callback\",\"event_id\":\"Ev0001\",\"event_time\":1767225600}", "v0=dfbd30f6dd40e491fd104c641891a923cfcea04d6404bb3a5fee03f78387c3aa")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A%22U0001%22%7D%7D", "v0=b8c80bd2c107d35d5dc41f2718163308379bfa09183704a7bbc0bc4f9c37ed46")]
    [InlineData("command=%2Funion&text=report+an+issue&user_id=U0001&team_id=T0001&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0001%2F1%2Fabc&trigger_id=1.2.abc", "v0=7e02df7284771582b36841dd47aa89632a57bd76b89ed0f4b699ca91f3900030")]
    public void The_reference_vectors_for_json_and_form_bodies_verify(string body, string signature)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1767225600);

        Assert.True(Verify("bothost-test-signing-secret", "1767225600", signature, body, now));
    }

    [Fact]
    public void Signing_reproduces_the_documented_signature()
    {
        Assert.Equal(DocSignature, SlackSignature.Sign(DocSecret, "1531420618", Encoding.UTF8.GetBytes(DocBody)));
    }

    [Fact]
    public void Tampered_body_is_rejected()
    {
        Assert.False(Verify(DocSecret, "1531420618", DocSignature, DocBody.Replace("roadrunner", "coyote", StringComparison.Ordinal), DocNow));
        Assert.False(Verify(DocSecret, "1531420618", DocSignature, DocBody + "\n", DocNow));
    }

    [Fact]
    public void Wrong_secret_is_rejected()
    {
        Assert.False(Verify("8f742231b10e8888abcd99yyyzzz85a6", "1531420618", DocSignature, DocBody, DocNow));
    }

    [Fact]
    public void Missing_secret_rejects_everything()
    {
        Assert.False(Verify("", "1531420618", DocSignature, DocBody, DocNow));
        Assert.False(Verify(null, "1531420618", DocSignature, DocBody, DocNow));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(86_400)]
    public void Stale_timestamp_is_rejected(int secondsLate)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(DocTimestamp + secondsLate);

        Assert.False(Verify(DocSecret, "1531420618", DocSignature, DocBody, now));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(31_536_000)]
    public void Future_timestamp_is_rejected(int secondsEarly)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(DocTimestamp - secondsEarly);

        Assert.False(Verify(DocSecret, "1531420618", DocSignature, DocBody, now));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Timestamps_at_the_edge_of_the_window_are_accepted(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(DocTimestamp + offset);

        Assert.True(Verify(DocSecret, "1531420618", DocSignature, DocBody, now));
    }

    [Fact]
    public void Missing_headers_are_rejected()
    {
        var body = Encoding.UTF8.GetBytes(DocBody);

        Assert.False(SlackSignature.Verify(DocSecret, StringValues.Empty, DocSignature, body, DocNow));
        Assert.False(SlackSignature.Verify(DocSecret, "1531420618", StringValues.Empty, body, DocNow));
        Assert.False(SlackSignature.Verify(DocSecret, StringValues.Empty, StringValues.Empty, body, DocNow));
    }

    [Fact]
    public void Duplicate_headers_are_rejected()
    {
        var body = Encoding.UTF8.GetBytes(DocBody);

        Assert.False(SlackSignature.Verify(DocSecret, new StringValues(["1531420618", "1531420618"]), DocSignature, body, DocNow));
        Assert.False(SlackSignature.Verify(DocSecret, "1531420618", new StringValues([DocSignature, DocSignature]), body, DocNow));
    }

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50300")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    [InlineData("")]
    public void Malformed_signatures_are_rejected(string signature)
    {
        Assert.False(Verify(DocSecret, "1531420618", signature, DocBody, DocNow));
    }

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public void Malformed_timestamps_are_rejected(string timestamp)
    {
        Assert.False(Verify(DocSecret, timestamp, DocSignature, DocBody, DocNow));
    }

    private static bool Verify(string? secret, string timestamp, string signature, string body, DateTimeOffset now) =>
        SlackSignature.Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body), now);
}
