using System.Text.Json.Serialization;

namespace BotHost.Slack.BlockKit;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
public abstract record BlockElement
{
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
}

public sealed record ButtonElement(TextObject Text, string ActionId, string? Value = null, string? Url = null, string? Style = null) : BlockElement;

public sealed record PlainTextInputElement(string ActionId, bool Multiline, int? MaxLength, string? InitialValue) : BlockElement;

public sealed record StaticSelectElement(string ActionId, TextObject Placeholder, IReadOnlyList<OptionObject> Options, OptionObject? InitialOption) : BlockElement;

public sealed record DatePickerElement(string ActionId, string? InitialDate) : BlockElement;

public sealed record CheckboxesElement(string ActionId, IReadOnlyList<OptionObject> Options, IReadOnlyList<OptionObject>? InitialOptions) : BlockElement;

public sealed record OptionObject(TextObject Text, string Value);
