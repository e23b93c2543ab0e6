namespace BotHost.Core.Turns;

// A titled list of label/value pairs (a digest's counts): section fields in Slack, a FactSet in Teams,
// a definition list in the web chat. Channels that cannot show them still have the message's Text.
public sealed record FactGroup(string Title, IReadOnlyList<Fact> Facts);
