using System.Text.Json.Serialization;

namespace BotHost.Teams.AdaptiveCards;

// Teams ignores positive/destructive styling, so actions carry no style.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
public abstract record CardAction(string Title);
