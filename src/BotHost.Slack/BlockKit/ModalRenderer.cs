using System.Globalization;
using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Slack.Payloads;

namespace BotHost.Slack.BlockKit;

// A core Form as a Slack modal, and a submitted modal's state back as field values. Each field is an
// input block whose block_id is the field id, so validation errors land under the right field.
public static class ModalRenderer
{
    public const string CallbackPrefix = "form:";
    public const string ActionId = "value";
    private const int MaxInputLength = 3000;

    public static View Render(Form form, string? channel)
    {
        var blocks = form.Fields.Take(Block.MaxBlocksPerView).Select(field => (Block)new InputBlock(
            field.Id,
            TextObject.Plain(field.Label, 2000),
            Element(field),
            Optional: !field.Required,
            Hint: field.Hint is null ? null : TextObject.Plain(field.Hint, 2000))).ToList();
        return new View(
            "modal",
            blocks,
            TextObject.Plain(Brief(form.Title), View.MaxTitle),
            TextObject.Plain(Brief(form.SubmitLabel), View.MaxTitle),
            TextObject.Plain("Cancel", View.MaxTitle),
            CallbackPrefix + form.Id,
            JsonSerializer.Serialize(new FormMetadata(form.Id, channel), SlackJson.Default.FormMetadata));
    }

    public static FormMetadata? Metadata(InteractionPayload.ViewPayload view)
    {
        try
        {
            if (view.PrivateMetadata is { Length: > 0 } text && JsonSerializer.Deserialize(text, SlackJson.Default.FormMetadata) is { } metadata)
            {
                return metadata;
            }
        }
        catch (JsonException)
        {
        }

        return view.CallbackId is { } id && id.StartsWith(CallbackPrefix, StringComparison.Ordinal)
            ? new FormMetadata(id[CallbackPrefix.Length..], null)
            : null;
    }

    public static Dictionary<string, string> Values(InteractionPayload.ViewState? state)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (blockId, actions) in state?.Values ?? [])
        {
            if (actions.Values.FirstOrDefault() is { } input && Value(input) is { } value)
            {
                values[blockId] = value;
            }
        }

        return values;
    }

    private static string? Value(InteractionPayload.StateValue input) => input.Type switch
    {
        "static_select" => input.SelectedOption?.Value,
        "datepicker" => input.SelectedDate,
        "checkboxes" => input.SelectedOptions is { Count: > 0 } ? "true" : "false",
        _ => input.Value,
    };

    private static BlockElement Element(FormField field) => field.Kind switch
    {
        FieldKind.LongText => new PlainTextInputElement(ActionId, true, Cap(field.MaxLength), field.Value),
        FieldKind.Choice => new StaticSelectElement(
            ActionId,
            TextObject.Plain("Choose one", 150),
            [.. field.Options.Take(100).Select(Option)],
            field.Options.FirstOrDefault(o => o.Value == field.Value) is { } selected ? Option(selected) : null),
        FieldKind.Date => new DatePickerElement(ActionId, DateOnly.TryParse(field.Value, CultureInfo.InvariantCulture, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
        FieldKind.Toggle => new CheckboxesElement(ActionId, [Yes], field.Value == "true" ? [Yes] : null),
        _ => new PlainTextInputElement(ActionId, false, Cap(field.MaxLength), field.Value),
    };

    // Modal titles and buttons hold 24 characters: whole words, without a dangling "in" or "a".
    public static string Brief(string text)
    {
        if (text.Length <= View.MaxTitle)
        {
            return text;
        }

        var words = text[..(View.MaxTitle + 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();
        while (words.Count > 1 && words[^1].ToLowerInvariant() is "a" or "an" or "the" or "in" or "of" or "to" or "and" or "or" or "for" or "with" or "on")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? Mrkdwn.Truncate(text, View.MaxTitle) : string.Join(' ', words);
    }

    private static readonly OptionObject Yes = new(TextObject.Plain("Yes"), "true");

    private static OptionObject Option(Choice choice) => new(TextObject.Plain(choice.Label, 75), Mrkdwn.Truncate(choice.Value, 150));

    private static int? Cap(int? maxLength) => maxLength is { } max ? Math.Min(max, MaxInputLength) : MaxInputLength;
}
