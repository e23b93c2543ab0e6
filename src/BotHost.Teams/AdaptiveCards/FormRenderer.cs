using System.Globalization;
using BotHost.Core.Turns;

namespace BotHost.Teams.AdaptiveCards;

// A core Form as Adaptive Card inputs. Errors from a failed submission are shown in red above the inputs and
// as each input's own errorMessage; the values the user typed are kept.
public static class FormRenderer
{
    public static IEnumerable<CardElement> Render(Form form)
    {
        yield return new TextBlock(form.Title) { Weight = "bolder", Size = "medium" };
        foreach (var field in form.Fields)
        {
            if (form.Errors.TryGetValue(field.Id, out var error))
            {
                yield return new TextBlock(error) { Color = "attention" };
            }
        }

        foreach (var (id, error) in form.Errors.Where(e => form.Fields.All(f => f.Id != e.Key)))
        {
            yield return new TextBlock(error) { Color = "attention" };
        }

        foreach (var field in form.Fields)
        {
            yield return Input(field, form.Errors.TryGetValue(field.Id, out var error) ? error : null);
        }
    }

    private static CardInput Input(FormField field, string? error)
    {
        CardInput input = field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => new InputText(field.Id)
            {
                IsMultiline = field.Kind == FieldKind.LongText ? true : null,
                MaxLength = field.MaxLength,
                Placeholder = field.Hint,
                Value = field.Value,
            },
            FieldKind.Choice => new InputChoiceSet(field.Id, [.. field.Options.Select(o => new InputChoice(o.Label, o.Value))])
            {
                Placeholder = field.Hint,
                Value = field.Value,
            },
            FieldKind.Date => new InputDate(field.Id) { Placeholder = field.Hint, Value = Date(field.Value) },
            FieldKind.Toggle => new InputToggle(field.Id, field.Hint ?? field.Label) { Value = field.Value },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown field kind."),
        };
        return input with
        {
            Label = field.Label,
            IsRequired = field.Required ? true : null,
            ErrorMessage = error ?? (field.Required ? "Please fill this in." : null),
        };
    }

    // Input.Date only takes YYYY-MM-DD; anything else would make the client drop the value.
    private static string? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? value : null;
}
