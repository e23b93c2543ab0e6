namespace BotHost.Teams.Connector;

public sealed class ServiceUrlRefusedException : Exception
{
    public ServiceUrlRefusedException()
        : base("The service URL is not on Teams:AllowedServiceUrlHosts.")
    {
    }

    public ServiceUrlRefusedException(string message)
        : base(message)
    {
    }

    public ServiceUrlRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
