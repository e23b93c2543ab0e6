using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Choices;

namespace BotHost.Tests.Core.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Categories =
    [
        new("Surveillance and monitoring", "surveillance", "monitoring", "bossware", "tracking", "keystroke logging"),
        new("AI and automated decisions", "AI", "artificial intelligence", "algorithm", "automation"),
        new("Pay", "wages", "salary", "bonus", "payslip"),
        new("Working hours", "overtime", "right to disconnect", "out of hours"),
        new("Bullying or harassment", "bullying", "harassment", "discrimination"),
        new("Something else"),
    ];

    [Theory]
    [InlineData("Pay", "Pay", "Pay", "Pay")]
    [InlineData("pay", "Pay", "Pay", "pay")]
    [InlineData("it's about my pay", "Pay", "Pay", "pay")]
    [InlineData("Surveillance and monitoring", "Surveillance and monitoring", "Surveillance and monitoring", "Surveillance and monitoring")]
    [InlineData("surveilance", "Surveillance and monitoring", "surveillance", "surveilance")]
    [InlineData("survelliance", "Surveillance and monitoring", "surveillance", "survelliance")]
    [InlineData("surv", "Surveillance and monitoring", "surveillance", "surv")]
    [InlineData("bossware", "Surveillance and monitoring", "bossware", "bossware")]
    [InlineData("They're tracking my keystrokes", "Surveillance and monitoring", "tracking", "tracking")]
    [InlineData("keystrokes", "Surveillance and monitoring", "keystroke logging", "keystrokes")]
    [InlineData("AI stuff", "AI and automated decisions", "AI", "AI")]
    [InlineData("the algorithm", "AI and automated decisions", "algorithm", "algorithm")]
    [InlineData("automated decisions", "AI and automated decisions", "AI and automated decisions", "automated decisions")]
    [InlineData("wages", "Pay", "wages", "wages")]
    [InlineData("my payslips", "Pay", "payslip", "payslips")]
    [InlineData("overtime", "Working hours", "overtime", "overtime")]
    [InlineData("hours", "Working hours", "Working hours", "hours")]
    [InlineData("harrasment", "Bullying or harassment", "harassment", "harrasment")]
    [InlineData("Bulying", "Bullying or harassment", "bullying", "Bulying")]
    [InlineData("something else", "Something else", "Something else", "else")]
    [InlineData("2", "AI and automated decisions", "2", "2")]
    [InlineData("the first one", "Surveillance and monitoring", "first", "first")]
    [InlineData("last", "Something else", "last", "last")]
    public void Picks_the_choice_an_answer_means(string input, string value, string synonym, string text)
    {
        var found = ChoiceRecognizer.Recognize(input, Categories);

        Assert.NotNull(found);
        Assert.Equal((value, synonym, text), (found.Resolution.Value, found.Resolution.Synonym, found.Text));
        Assert.Equal(Array.FindIndex(Categories, c => c.Value == value), found.Resolution.Index);
        Assert.Equal(input.IndexOf(text, StringComparison.Ordinal), found.Start);
        Assert.Equal(TypeNames.Choice, found.TypeName);
    }

    [Theory]
    [InlineData("Pay", 1.0)]
    [InlineData("pay", 1.0)]
    [InlineData("payslips", 0.94)]
    [InlineData("surveilance", 0.878)]
    [InlineData("surv", 0.65)]
    public void Exact_matches_score_highest(string input, double score) =>
        Assert.Equal(score, ChoiceRecognizer.Recognize(input, Categories)!.Resolution.Score, 2);

    [Theory]
    [InlineData("")]
    [InlineData("  ?! ")]
    [InlineData("pizza")]
    [InlineData("it")]
    [InlineData("pay and overtime")]
    [InlineData("su")]
    [InlineData("7")]
    [InlineData("the tenth one")]
    public void Unclear_or_ambiguous_answers_pick_nothing(string input) =>
        Assert.Null(ChoiceRecognizer.Recognize(input, Categories));

    [Fact]
    public void Two_choices_sharing_a_synonym_are_ambiguous()
    {
        ChoiceOption[] choices = [new("Rep", "organiser"), new("Organiser", "organiser")];

        Assert.Null(ChoiceRecognizer.Recognize("organiser", choices));
        Assert.Null(ChoiceRecognizer.Recognize("organizer", choices));
        Assert.Equal(0, ChoiceRecognizer.Recognize("rep", choices)?.Resolution.Index);
    }
}
