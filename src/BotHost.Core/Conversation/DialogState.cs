namespace BotHost.Core.Conversation;

// Where a multi-step conversation stands. Stored sealed, because values hold what the user typed.
public sealed record DialogState(string Dialog, string Step, DateTimeOffset ExpiresAt)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    [System.Text.Json.Serialization.JsonIgnore]
    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;

    public DialogState With(string key, string? value)
    {
        var values = new Dictionary<string, string>(Values);
        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value;
        }

        return this with { Values = values };
    }
}
