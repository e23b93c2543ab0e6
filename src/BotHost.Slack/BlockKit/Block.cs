using System.Text.Json.Serialization;

namespace BotHost.Slack.BlockKit;

// The Block Kit blocks BotHost renders. https://docs.slack.dev/reference/block-kit/blocks
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record Block
{
    // Slack's limits, which a message or view that breaks is refused whole (invalid_blocks).
    public const int MaxSectionText = 3000;
    public const int MaxBlocksPerMessage = 50;
    public const int MaxBlocksPerView = 100;
    public const int MaxElementsPerActions = 25;
}

public sealed record SectionBlock(TextObject Text) : Block
{
    public const int MaxFields = 10;

    // Two-column label/value pairs under the text (a digest's counts).
    public IReadOnlyList<TextObject>? Fields { get; init; }
}

public sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;

public sealed record InputBlock(string BlockId, TextObject Label, BlockElement Element, bool Optional, TextObject? Hint) : Block;

public sealed record DividerBlock : Block;
