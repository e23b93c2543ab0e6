namespace BotHost.Core.Turns;

// A simple form: a Slack modal, an Adaptive Card with inputs, or an HTML form in the web chat.
public sealed record Form(string Id, string Title, IReadOnlyList<FormField> Fields, string SubmitLabel = "Submit")
{
    // Field id -> error text, when a submission failed validation.
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}

public sealed record FormField(string Id, string Label, FieldKind Kind)
{
    public bool Required { get; init; }
    public string? Hint { get; init; }
    public string? Value { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<Choice> Options { get; init; } = [];
}

public enum FieldKind
{
    Text,
    LongText,
    Choice,
    Date,
    Toggle,
}
