namespace BotHost.Core.Turns;

// Structured forms (the report form) that a channel may need while it acknowledges a request: Slack opens
// a modal with a trigger that expires in 3 s and wants field errors in the same HTTP answer, so the
// blank form and its validation rules must be available without going through the inbox.
public interface IForms
{
    Form? Find(string formId);

    // Field id -> error message; empty when the values are acceptable. The feature applies the same rules again.
    IReadOnlyDictionary<string, string> Validate(string formId, IReadOnlyDictionary<string, string> values);
}

// A feature that owns a form registers one of these; FormCatalog answers IForms from all of them.
public interface IFormDefinition
{
    string FormId { get; }

    Form Blank();

    IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values);
}

public sealed class FormCatalog(IEnumerable<IFormDefinition> definitions) : IForms
{
    private readonly Dictionary<string, IFormDefinition> byId = definitions.ToDictionary(d => d.FormId, StringComparer.Ordinal);

    public Form? Find(string formId) => byId.TryGetValue(formId, out var definition) ? definition.Blank() : null;

    public IReadOnlyDictionary<string, string> Validate(string formId, IReadOnlyDictionary<string, string> values) =>
        byId.TryGetValue(formId, out var definition)
            ? definition.Validate(values)
            : new Dictionary<string, string> { ["form"] = "Unknown form." };
}
