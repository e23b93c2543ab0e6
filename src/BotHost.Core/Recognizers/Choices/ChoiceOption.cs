namespace BotHost.Core.Recognizers.Choices;

// One of the answers offered, as Bot Framework's Choice: Value is what a button shows and what is matched
// first; Synonyms are other ways people say it ("Surveillance" ← "monitoring", "bossware", "tracking").
public sealed record ChoiceOption(string Value, params IReadOnlyList<string> Synonyms);
