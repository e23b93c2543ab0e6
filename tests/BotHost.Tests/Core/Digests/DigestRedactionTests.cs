using BotHost.Core.Recognizers.PersonalData;

namespace BotHost.Tests.Core.Digests;

// What the digest expects of the recognizers' Redactor for workers' shared words.
public sealed class DigestRedactionTests
{

    [Theory]
    [InlineData("Write to jo.bloggs+union@example.co.uk today", "Write to [email] today")]
    [InlineData("Mail HR@Initech.com.", "Mail [email].")]
    public void Emails_are_removed(string text, string expected) => Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("07700900123")]
    [InlineData("+44 7700 900123")]
    [InlineData("+447700900123")]
    [InlineData("+44 (0)20 7946 0958")]
    [InlineData("(020) 7946 0958")]
    [InlineData("020-7946-0958")]
    [InlineData("0161 496 0000")]
    [InlineData("0044 161 496 0000")]
    [InlineData("+1 555 010 4477")]
    public void Uk_and_international_phone_numbers_are_removed(string phone)
    {
        Assert.Equal("Ring me on [phone] after six", Redactor.Redact($"Ring me on {phone} after six"));
    }

    [Theory]
    [InlineData("https://intranet.initech.example/people?id=42")]
    [InlineData("http://bit.ly/3xYz")]
    [InlineData("www.initech.com/policy")]
    [InlineData("initech.co.uk/monitoring-policy")]
    public void Links_are_removed(string link)
    {
        Assert.Equal("See [link] for the policy", Redactor.Redact($"See {link} for the policy"));
    }

    [Theory]
    [InlineData("Since 15/11/2026 at 10:30 we log 40 hours a week")]
    [InlineData("From 2024-01-15 the team of 12 was cut to 9")]
    [InlineData("Keystroke logging, screenshots every 10 minutes.")]
    public void Ordinary_words_dates_and_numbers_stay(string text) => Assert.Equal(text, Redactor.Redact(text));
}
