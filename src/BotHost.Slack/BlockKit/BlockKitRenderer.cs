using BotHost.Core.Turns;

namespace BotHost.Slack.BlockKit;

// OutboundMessage -> Block Kit. Long text becomes several sections, fact groups sections with fields,
// and, past 50 blocks, several messages; buttons go five to a row; a form becomes a button that opens it
// as a modal.
public static class BlockKitRenderer
{
    public const int ButtonsPerRow = 5;

    // Button action ids say what a click means: a plain choice, a link (nothing to do) or a form to open.
    public const string ChoicePrefix = "choice:";
    public const string LinkPrefix = "link:";
    public const string FormPrefix = "form:";

    // An empty message renders as no message at all: Slack refuses a section without text.
    public static IReadOnlyList<SlackMessage> Render(OutboundMessage message)
    {
        var blocks = Blocks(message);
        var messages = new List<SlackMessage>();
        for (var start = 0; start < blocks.Count; start += Block.MaxBlocksPerMessage)
        {
            var part = blocks.Skip(start).Take(Block.MaxBlocksPerMessage).ToList();
            messages.Add(new SlackMessage(Fallback(part), part));
        }

        return messages;
    }

    public static View RenderHome(OutboundMessage message) =>
        new("home", [.. Blocks(message).Take(Block.MaxBlocksPerView)]);

    public static List<Block> Blocks(OutboundMessage message)
    {
        var blocks = new List<Block>();
        blocks.AddRange(Mrkdwn.Split(Mrkdwn.Convert(message.Text)).Select(piece => new SectionBlock(TextObject.Mrkdwn(piece))));
        blocks.AddRange(message.Facts.SelectMany(Facts));
        var buttons = message.Choices.Select(Button).ToList();
        if (message.Form is { } form)
        {
            buttons.Add(new ButtonElement(TextObject.Plain(form.Title, BlockElement.MaxButtonText), $"{FormPrefix}{form.Id}:{buttons.Count}", form.Id, Style: "primary"));
        }

        blocks.AddRange(buttons.Chunk(ButtonsPerRow).Select(row => new ActionsBlock(row)));
        return blocks;
    }

    public static string? FormId(string? actionId) =>
        actionId is not null && actionId.StartsWith(FormPrefix, StringComparison.Ordinal) && actionId.LastIndexOf(':') > FormPrefix.Length
            ? actionId[FormPrefix.Length..actionId.LastIndexOf(':')]
            : null;

    // A titled section per group, its facts as fields, ten to a section as Slack allows.
    private static IEnumerable<Block> Facts(FactGroup group) =>
        group.Facts.Chunk(SectionBlock.MaxFields).Select((facts, i) => new SectionBlock(TextObject.Mrkdwn(Mrkdwn.Convert($"**{group.Title}**{(i == 0 ? "" : " (continued)")}")))
        {
            Fields = [.. facts.Select(f => TextObject.Mrkdwn(Mrkdwn.Convert($"**{f.Label}**\n{f.Value}")))],
        });

    private static BlockElement Button(Choice choice, int index)
    {
        var text = TextObject.Plain(choice.Label, BlockElement.MaxButtonText);
        var style = choice.Style switch
        {
            ChoiceStyle.Primary => "primary",
            ChoiceStyle.Danger => "danger",
            _ => null,
        };
        var value = Mrkdwn.Truncate(choice.Value, BlockElement.MaxButtonValue);
        return choice switch
        {
            { Url: { } url } => new ButtonElement(text, $"{LinkPrefix}{index}", Url: url, Style: style),
            { FormId: { } formId } => new ButtonElement(text, $"{FormPrefix}{formId}:{index}", value, Style: style),
            _ => new ButtonElement(text, $"{ChoicePrefix}{index}", value, Style: style),
        };
    }

    private static string Fallback(IEnumerable<Block> blocks) =>
        blocks.OfType<SectionBlock>().FirstOrDefault()?.Text.Text is { Length: > 0 } text && text.Trim().Length > 0 ? text : "New message";
}
