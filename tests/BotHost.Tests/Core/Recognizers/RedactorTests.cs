using BotHost.Core.Recognizers.PersonalData;

namespace BotHost.Tests.Core.Recognizers;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("Email jo.bloggs+union@mail.example.co.uk now", "Email [email] now")]
    [InlineData("email me at jo@example.org", "email me at [email]")]
    [InlineData("jo at example dot org", "[email]")]
    [InlineData("jo[at]example[dot]org", "[email]")]
    [InlineData("Call 07700 900123 or +44 (0)20 7946 0958.", "Call [phone] or [phone].")]
    [InlineData("My numbers: 07700-900-123/020 7946 0958", "My numbers: [phone]/[phone]")]
    [InlineData("(020) 7946 0958", "[phone]")]
    [InlineData("ring (0161) 496-0000 after 6", "ring [phone] after 6")]
    [InlineData("Room 5 07700 900123", "Room 5 [phone]")]
    [InlineData("since 2026 07700 900123 has been used", "since 2026 [phone] has been used")]
    [InlineData("tel:+447700900123", "tel:[phone]")]
    [InlineData("+1 (555) 123-4567 is my US number", "[phone] is my US number")]
    [InlineData("07700 900123 020 7946 0958", "[phone] [phone]")]
    [InlineData("see https://example.org/report?id=42&user=jo.", "see [link].")]
    [InlineData("www.example.org/path and example.co.uk/path?a=b", "[link] and [link]")]
    [InlineData("https://example.org/call/07700900123", "[link]")]
    [InlineData("ring 07700900123, email jo@example.org, see example.org", "ring [phone], email [email], see [link]")]
    [InlineData("we met at work.com", "we [email]")]
    public void Redacts_contact_details(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("In 2026 ref K7P2-Q9 at 10:30 we were offered £30,000 on 12/03/2026, rising 3.5% to 31,050.")]
    [InlineData("Our team of 20-30 people works 09:00-17:00 in ASP.NET")]
    [InlineData("")]
    public void Leaves_text_without_contact_details_untouched(string input) =>
        Assert.Same(input, Redactor.Redact(input));
}
