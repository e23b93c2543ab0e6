namespace BotHost.Core.Conversation;

// What a turn does to the dialog: leave it, replace it, or end it.
public sealed record DialogUpdate
{
    public static readonly DialogUpdate Keep = new();
    public static readonly DialogUpdate Clear = new() { Changes = true };

    public bool Changes { get; private init; }
    public DialogState? State { get; private init; }

    public static DialogUpdate Set(DialogState state) => new() { Changes = true, State = state };
}
