namespace BotHost.Core.Turns;

public enum TurnKind
{
    Message,
    Joined,
    HomeOpened,
}
