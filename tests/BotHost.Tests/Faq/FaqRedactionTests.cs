using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class FaqRedactionTests
{
    [Theory]
    [InlineData("email me at jo.bloggs@example.co.uk about sar", "email me at [email] about sar")]
    [InlineData("call 07700 900123 re monitoring", "call [phone] re monitoring")]
    [InlineData("ring +44 (0)20 7946 0958 please", "ring [phone] please")]
    [InlineData("from 2021 to 2023 they kept my file", "from 2021 to 2023 they kept my file")]
    [InlineData("what is status K7P2Q9 abcd-efgh-jkmn-pqrs-tvwx-2345 for", "what is status K7P2Q9 [key] for")]
    public void Contact_details_are_removed_and_the_rest_kept(string question, string kept)
    {
        Assert.Equal(kept, FaqRedaction.Redact(question));
    }

    [Fact]
    public void Long_questions_are_capped()
    {
        Assert.True(FaqRedaction.Redact(new string('a', 1000)).Length <= FaqRedaction.MaxLength + 1);
    }
}
