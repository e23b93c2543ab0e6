using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class AskingClassifierTests
{
    // Flexible working and working from home share "home" and "hybrid"; what tells them apart is the
    // other words.
    private static readonly AskingClassifier Classifier = AskingClassifier.Train(
    [
        [["ask", "flexibl", "hour"], ["ask", "work", "home"], ["formal", "ask", "hybrid"], ["request", "compress", "hour"]],
        [["home", "equip", "pai"], ["back", "offic", "hybrid"], ["home", "chair", "desk"], ["rto", "offic", "mandat"]],
        [["join", "union"], ["member", "fee"], ["sign", "up", "union"], ["subscript", "cost"]],
        [["rest", "break"], ["lunch", "break"], ["break", "shift"], ["dai", "off"]],
    ]);

    [Theory]
    [InlineData(new[] { "formal", "request", "hybrid", "home" }, 0)]
    [InlineData(new[] { "hybrid", "home", "desk" }, 1)]
    [InlineData(new[] { "union", "fee", "cost" }, 2)]
    public void The_words_that_tell_entries_apart_decide(string[] stems, int expected)
    {
        var p = Classifier.Probabilities(stems);

        Assert.Equal(expected, Array.IndexOf(p, p.Max()));
        Assert.Equal(1, p.Sum(), precision: 9);
    }

    [Fact]
    public void Words_it_never_saw_leave_every_entry_equally_likely()
    {
        var p = Classifier.Probabilities(["weather", "tomorrow"]);

        Assert.All(p, x => Assert.Equal(1.0 / 4, x, precision: 9));
    }

    [Fact]
    public void No_entries_train_to_a_model_that_answers_nothing()
    {
        Assert.Empty(AskingClassifier.Train([]).Probabilities(["anything"]));
    }
}
