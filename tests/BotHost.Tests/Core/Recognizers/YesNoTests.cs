using BotHost.Core.Recognizers;

namespace BotHost.Tests.Core.Recognizers;

public sealed class YesNoTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes.", true)]
    [InlineData("YES!", true)]
    [InlineData("yep", true)]
    [InlineData("yeah", true)]
    [InlineData("yesss", true)]
    [InlineData("sure", true)]
    [InlineData("Sure, go ahead", true)]
    [InlineData("ok", true)]
    [InlineData("okay thanks", true)]
    [InlineData("yes please", true)]
    [InlineData("please", true)]
    [InlineData("aye", true)]
    [InlineData("of course", true)]
    [InlineData("that’s right", true)]
    [InlineData("go ahead", true)]
    [InlineData("confirm", true)]
    [InlineData("I think so", true)]
    [InlineData("yes I'm sure", true)]
    [InlineData("👍", true)]
    [InlineData("👍🏽", true)]
    [InlineData("no", false)]
    [InlineData("No!", false)]
    [InlineData("nah", false)]
    [InlineData("nah mate", false)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    [InlineData("no thank you", false)]
    [InlineData("No, thanks.", false)]
    [InlineData("not really", false)]
    [InlineData("don’t", false)]
    [InlineData("I don't think so", false)]
    [InlineData("cancel", false)]
    [InlineData("stop", false)]
    [InlineData("never mind", false)]
    [InlineData("I'd rather not", false)]
    [InlineData("👎", false)]
    public void Reads_yes_and_no(string input, bool expected) =>
        Assert.Equal(expected, YesNo.Recognize(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("yeah, no")]
    [InlineData("yes no")]
    [InlineData("yesno")]
    [InlineData("no problem")]
    [InlineData("I said no to my manager")]
    [InlineData("yes but only the first report")]
    [InlineData("know")]
    [InlineData("nothing")]
    [InlineData("thanks")]
    public void Anything_else_is_neither(string input) =>
        Assert.Null(YesNo.Recognize(input));

    [Fact]
    public void The_result_names_the_answer_and_where_it_is()
    {
        var found = YesNo.RecognizeBoolean("  Yep, go ahead!  ");

        Assert.Equal(new ModelResult<bool>(TypeNames.Boolean, "Yep, go ahead", 2, 13, true), found);
    }
}
