namespace BotHost.Load;

public sealed record LoadOptions(
    string App,
    string Platform,
    int Connections,
    double Seconds,
    double WarmupSeconds,
    int Users,
    string Questions,
    int Hosts,
    string? HostCpus,
    string Provider,
    string? ConnectionString,
    double DrainSeconds,
    string[] Settings);
