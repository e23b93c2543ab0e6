using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Core.Conversation;

public sealed class IntentRouterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-18T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("help", IntentKind.Help, null)]
    [InlineData("  Hello! ", IntentKind.Help, null)]
    [InlineData("?", IntentKind.Help, null)]
    [InlineData("report", IntentKind.Report, null)]
    [InlineData("Report an issue.", IntentKind.Report, null)]
    [InlineData("join", IntentKind.Join, null)]
    [InlineData("talk to a rep", IntentKind.Rep, null)]
    [InlineData("What do you keep about me?", IntentKind.Privacy, null)]
    [InlineData("forget me", IntentKind.ForgetMe, null)]
    [InlineData("forget-me", IntentKind.ForgetMe, null)]
    [InlineData("my reports", IntentKind.MyReports, null)]
    [InlineData("withdraw K7P2Q9", IntentKind.Withdraw, "k7p2q9")]
    [InlineData("digest 7d", IntentKind.Organiser, "digest 7d")]
    [InlineData("ask Is bossware legal?", IntentKind.Faq, "Is bossware legal?")]
    [InlineData("can I report my boss to the ICO?", IntentKind.Faq, "can I report my boss to the ICO?")]
    [InlineData("my manager reads my DMs", IntentKind.Faq, "my manager reads my DMs")]
    [InlineData("status K7P2Q9 ABCD-EFGH-JKMN-PQRS-TVWX-2345", IntentKind.ReportStatus, "K7P2Q9 ABCD-EFGH-JKMN-PQRS-TVWX-2345")]
    [InlineData("To see how this report is getting on:\nstatus K7P2Q9 abcdefghjkmnpqrstvwx2345", IntentKind.ReportStatus, "K7P2Q9 abcdefghjkmnpqrstvwx2345")]
    [InlineData("status: K7P2Q ABCD-EFGH-JKMN-PQRS-TVWX-2345", IntentKind.ReportStatus, "ABCD-EFGH-JKMN-PQRS-TVWX-2345")]
    [InlineData("Withdraw: K7P2Q9 ABCD-EFGH-JKMN-PQRS-TVWX-2345", IntentKind.Withdraw, "K7P2Q9 ABCD-EFGH-JKMN-PQRS-TVWX-2345")]
    [InlineData("status change to my contract", IntentKind.Faq, "status change to my contract")]
    [InlineData("status K7P2Q9", IntentKind.Faq, "status K7P2Q9")]
    public void Text_goes_to_the_right_feature(string text, IntentKind kind, string? argument)
    {
        var intent = Route(Turns.Text(text));

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(argument, intent.Argument);
    }

    [Theory]
    [InlineData("report", IntentKind.Report, null)]
    [InlineData("faq:bossware", IntentKind.Faq, "bossware")]
    [InlineData("forgetme:confirm", IntentKind.ForgetMe, "confirm")]
    [InlineData("no-such-thing", IntentKind.Help, null)]
    public void Buttons_go_to_the_feature_named_in_their_value(string action, IntentKind kind, string? argument)
    {
        var intent = Route(Turns.Action(action));

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(argument, intent.Argument);
    }

    [Fact]
    public void Text_inside_a_dialog_goes_to_the_feature_that_owns_it()
    {
        var state = new DialogState(nameof(IntentKind.Report), "employer", Now.AddHours(1));

        var intent = Route(Turns.Text("help"), state);

        Assert.Equal(IntentKind.Report, intent.Kind);
        Assert.True(intent.ContinuesDialog);
        Assert.Equal("help", intent.Argument);
    }

    [Fact]
    public void A_menu_button_inside_a_dialog_leaves_the_dialog_to_its_owner()
    {
        var state = new DialogState(nameof(IntentKind.Report), "employer", Now.AddHours(1));

        var intent = Route(Turns.Action("join"), state);

        Assert.Equal(IntentKind.Join, intent.Kind);
        Assert.False(intent.ContinuesDialog);
    }

    [Fact]
    public void A_form_submission_goes_to_the_feature_named_by_the_form()
    {
        var turn = Turns.Text("") with { Text = null, Form = new Dictionary<string, string> { ["form"] = "report", ["employer"] = "Acme" } };

        var intent = Route(turn);

        Assert.Equal(IntentKind.Report, intent.Kind);
    }

    [Theory]
    [InlineData(TurnKind.Joined, IntentKind.Welcome)]
    [InlineData(TurnKind.HomeOpened, IntentKind.Home)]
    public void Channel_events_have_their_own_intents(TurnKind turnKind, IntentKind kind)
    {
        var intent = Route(Turns.Text("") with { Kind = turnKind, Text = null });

        Assert.Equal(kind, intent.Kind);
    }

    private static Intent Route(Turn turn, DialogState? state = null) =>
        IntentRouter.Route(new TurnContext(turn, new DialogKey("c", "u"), state, Now));
}
