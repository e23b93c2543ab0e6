using System.Text.Json;

namespace BotHost.Teams;

// The data of an Adaptive Card button, as Action.Submit (a message's value) or Action.Execute (an invoke's
// value.action.data) delivers it. The renderer put {"action": value} on plain buttons and {"form": id} on a
// form's submit button, which the card merges with the inputs, all as strings.
public sealed record SubmitValue(string? Action, IReadOnlyDictionary<string, string>? Form)
{
    public const int MaxFields = 30;
    public const int MaxValueLength = 4000;

    public bool IsEmpty => Action is null && Form is null;

    public static SubmitValue Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return new SubmitValue(null, null);
        }

        if (data.TryGetProperty("form", out var form) && form.ValueKind == JsonValueKind.String)
        {
            return new SubmitValue(null, Fields(data));
        }

        return data.TryGetProperty("action", out var action) && JsonStrings.Read(action) is { Length: > 0 and <= 200 } text
            ? new SubmitValue(text, null)
            : new SubmitValue(null, null);
    }

    // Inputs are strings; anything else (Teams' own "msteams" object, numbers) is not a form field.
    private static Dictionary<string, string> Fields(JsonElement data)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (fields.Count < MaxFields && JsonStrings.Read(property.Value) is { } text && Name(property) is { } name)
            {
                fields[name] = text.Length > MaxValueLength ? text[..MaxValueLength] : text;
            }
        }

        return fields;
    }

    // A name with invalid UTF-8 throws as a value does (JsonStrings): such a field is left out.
    private static string? Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
