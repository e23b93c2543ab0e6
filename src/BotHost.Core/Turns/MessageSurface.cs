namespace BotHost.Core.Turns;

public enum MessageSurface
{
    Message,
    Home,
}
