using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class FaqTextTests
{
    [Theory]
    [InlineData("Can my BOSS read my DMs?", "can my boss read my dms")]
    [InlineData("is A.I. allowed", "is ai allowed")]
    [InlineData("they don't organize anything", "they dont organise anything")]
    [InlineData("my mgr wont reply thru slack pls", "my manager wont reply through slack please")]
    [InlineData("4-day week / 9-day fortnight", "4 day week 9 day fortnight")]
    public void Words_are_normalised_to_one_form(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', FaqText.Tokens(text)));
    }

    [Theory]
    [InlineData("monitoring", "monitor")]
    [InlineData("monitored", "monitor")]
    [InlineData("redundancy", "redund")]
    [InlineData("redundant", "redund")]
    [InlineData("disconnecting", "disconnect")]
    [InlineData("relational", "relat")]
    [InlineData("hopping", "hop")]
    public void The_stemmer_gives_porter_stems(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("bonuses", "bonus")]
    [InlineData("rejection", "reject")]
    [InlineData("stopped", "stop")]
    public void Word_forms_include_the_base_word(string word, string form)
    {
        Assert.Contains(form, WordForms.Of(word));
    }
}
