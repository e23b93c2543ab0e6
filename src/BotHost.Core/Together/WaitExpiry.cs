namespace BotHost.Core.Together;

// What happens to a report still waiting for others after Together:MaxWaitDays, as the worker chose.
public enum WaitExpiry
{
    Count,
    Delete,
}
