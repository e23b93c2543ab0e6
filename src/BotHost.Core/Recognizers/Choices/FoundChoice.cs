namespace BotHost.Core.Recognizers.Choices;

// The choice an answer picked, as Bot Framework's FoundChoice: its Value, its Index in the list offered,
// a Score from 0 to 1 (1 is an exact match), and the Synonym (or Value) that matched.
public sealed record FoundChoice(string Value, int Index, double Score, string Synonym);
