using BotHost.Slack.BlockKit;

namespace BotHost.Tests.Slack.BlockKit;

public sealed class MrkdwnTests
{
    [Fact]
    public void Control_characters_are_escaped()
    {
        Assert.Equal("a &amp; b &lt;@U123&gt; &lt;!channel&gt;", Mrkdwn.Convert("a & b <@U123> <!channel>"));
    }

    [Fact]
    public void Bold_becomes_single_asterisks()
    {
        Assert.Equal("*Tech Workers Union helper*\nhello", Mrkdwn.Convert("**Tech Workers Union helper**\nhello"));
    }

    [Fact]
    public void Links_become_slack_links_with_escaped_parts()
    {
        Assert.Equal(
            "See <https://example.org/a?x=1&amp;y=2|the ICO &amp; you> now",
            Mrkdwn.Convert("See [the **ICO** & you](https://example.org/a?x=1&y=2) now"));
    }

    [Fact]
    public void A_pipe_in_a_link_title_cannot_break_the_link()
    {
        Assert.Equal("<https://example.org|a/b>", Mrkdwn.Convert("[a|b](https://example.org)"));
    }

    [Fact]
    public void Bullets_become_bullet_characters()
    {
        Assert.Equal("Held:\n• 1 report\n• 2 dialogs", Mrkdwn.Convert("Held:\n- 1 report\n- 2 dialogs"));
    }

    [Fact]
    public void Short_text_is_one_piece()
    {
        Assert.Equal(["hello\nthere"], Mrkdwn.Split("hello\nthere"));
    }

    [Fact]
    public void Long_text_is_split_at_line_breaks_within_the_limit()
    {
        var line = new string('a', 999);
        var text = string.Join('\n', Enumerable.Repeat(line, 7));

        var pieces = Mrkdwn.Split(text);

        Assert.All(pieces, p => Assert.True(p.Length <= 3000));
        Assert.Equal(3, pieces.Count);
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(pieces).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_line_is_split_at_spaces_and_never_inside_an_entity_or_link()
    {
        var words = string.Join(' ', Enumerable.Range(0, 900).Select(i => i % 7 == 0 ? "&amp;" : i % 11 == 0 ? "<https://example.org/x|link>" : "word"));

        var pieces = Mrkdwn.Split(words, 300);

        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= 300);
            Assert.Equal(p.Count(c => c == '<'), p.Count(c => c == '>'));
            Assert.DoesNotMatch("&[a-z]*$", p);
            Assert.DoesNotMatch("^[a-z]*;", p);
        });
    }
}
