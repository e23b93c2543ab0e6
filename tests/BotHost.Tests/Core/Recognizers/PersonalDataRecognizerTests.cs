using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.PersonalData;

namespace BotHost.Tests.Core.Recognizers;

public sealed class PersonalDataRecognizerTests
{
    [Theory]
    [InlineData("email me at jo@example.org", TypeNames.Email, "jo@example.org", "jo@example.org")]
    [InlineData("jo.bloggs+union@mail.example.co.uk", TypeNames.Email, "jo.bloggs+union@mail.example.co.uk", "jo.bloggs+union@mail.example.co.uk")]
    [InlineData("It's JO@EXAMPLE.ORG.", TypeNames.Email, "JO@EXAMPLE.ORG", "JO@EXAMPLE.ORG")]
    [InlineData("jo at example dot org", TypeNames.Email, "jo at example dot org", "jo@example.org")]
    [InlineData("jo[at]example[dot]org", TypeNames.Email, "jo[at]example[dot]org", "jo@example.org")]
    [InlineData("jo (at) example.org", TypeNames.Email, "jo (at) example.org", "jo@example.org")]
    [InlineData("07700 900123", TypeNames.PhoneNumber, "07700 900123", "+447700900123")]
    [InlineData("07700900123", TypeNames.PhoneNumber, "07700900123", "+447700900123")]
    [InlineData("07700-900-123", TypeNames.PhoneNumber, "07700-900-123", "+447700900123")]
    [InlineData("07700 900 123", TypeNames.PhoneNumber, "07700 900 123", "+447700900123")]
    [InlineData("07700.900.123", TypeNames.PhoneNumber, "07700.900.123", "+447700900123")]
    [InlineData("+44 20 7946 0958", TypeNames.PhoneNumber, "+44 20 7946 0958", "+442079460958")]
    [InlineData("+44 (0)20 7946 0958", TypeNames.PhoneNumber, "+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("+44 7700 900123", TypeNames.PhoneNumber, "+44 7700 900123", "+447700900123")]
    [InlineData("+447700900123", TypeNames.PhoneNumber, "+447700900123", "+447700900123")]
    [InlineData("+44 07700 900123", TypeNames.PhoneNumber, "+44 07700 900123", "+447700900123")]
    [InlineData("0044 20 7946 0958", TypeNames.PhoneNumber, "0044 20 7946 0958", "+442079460958")]
    [InlineData("(020) 7946 0958", TypeNames.PhoneNumber, "(020) 7946 0958", "+442079460958")]
    [InlineData("020 7946 0958", TypeNames.PhoneNumber, "020 7946 0958", "+442079460958")]
    [InlineData("0161 496 0000", TypeNames.PhoneNumber, "0161 496 0000", "+441614960000")]
    [InlineData("0161-496-0000", TypeNames.PhoneNumber, "0161-496-0000", "+441614960000")]
    [InlineData("01632 960001", TypeNames.PhoneNumber, "01632 960001", "+441632960001")]
    [InlineData("0800 123 456", TypeNames.PhoneNumber, "0800 123 456", "+44800123456")]
    [InlineData("+1 (555) 123-4567", TypeNames.PhoneNumber, "+1 (555) 123-4567", "+15551234567")]
    [InlineData("+33 1 23 45 67 89", TypeNames.PhoneNumber, "+33 1 23 45 67 89", "+33123456789")]
    [InlineData("+353 87 123 4567", TypeNames.PhoneNumber, "+353 87 123 4567", "+353871234567")]
    [InlineData("tel:+447700900123", TypeNames.PhoneNumber, "+447700900123", "+447700900123")]
    [InlineData("https://example.org/path?q=1&r=2", TypeNames.Url, "https://example.org/path?q=1&r=2", "https://example.org/path?q=1&r=2")]
    [InlineData("http://example.org", TypeNames.Url, "http://example.org", "http://example.org")]
    [InlineData("go to www.example.org", TypeNames.Url, "www.example.org", "www.example.org")]
    [InlineData("example.co.uk/path", TypeNames.Url, "example.co.uk/path", "example.co.uk/path")]
    [InlineData("Sub.Example.org/a/b?x=y#z", TypeNames.Url, "Sub.Example.org/a/b?x=y#z", "Sub.Example.org/a/b?x=y#z")]
    [InlineData("(see example.org/a).", TypeNames.Url, "example.org/a", "example.org/a")]
    [InlineData("https://en.wikipedia.org/wiki/Trade_union_(UK)", TypeNames.Url, "https://en.wikipedia.org/wiki/Trade_union_(UK)", "https://en.wikipedia.org/wiki/Trade_union_(UK)")]
    public void Finds_emails_phone_numbers_and_links(string input, string typeName, string text, string resolution)
    {
        var found = Assert.Single(PersonalDataRecognizer.Recognize(input));

        Assert.Equal((typeName, text, resolution), (found.TypeName, found.Text, found.Resolution));
        Assert.Equal(input.IndexOf(text, StringComparison.Ordinal), found.Start);
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("ref K7P2-Q9")]
    [InlineData("at 10:30")]
    [InlineData("£30,000")]
    [InlineData("30,000 people")]
    [InlineData("on 12/03/2026")]
    [InlineData("01/03/2026")]
    [InlineData("01-03-2026")]
    [InlineData("09:00-17:00")]
    [InlineData("1-5 March")]
    [InlineData("20-30 people")]
    [InlineData("0.5")]
    [InlineData("ref 12345678")]
    [InlineData("07700 9001")]
    [InlineData("+44 12")]
    [InlineData("ASP.NET")]
    [InlineData("e.g. this, i.e. that")]
    [InlineData("Node.js")]
    [InlineData("README.md")]
    [InlineData("deploy.sh")]
    [InlineData("v1.2.3")]
    [InlineData("I was at home. Then it started")]
    [InlineData("I was at home.Then it started")]
    [InlineData("we met at work")]
    [InlineData("@jo in Slack")]
    public void Ordinary_text_has_no_personal_data(string input) =>
        Assert.Empty(PersonalDataRecognizer.Recognize(input));
}
