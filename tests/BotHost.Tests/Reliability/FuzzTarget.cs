namespace BotHost.Tests.Reliability;

// One mapped POST endpoint as the fuzz sends to it: the route as mapped, a path to send to, well-formed samples
// to spoil, the endpoint's own body limit, and how a request is made authentic (true) or left not (false).
public sealed record FuzzTarget(
    string Route,
    Func<Random, string> Path,
    Func<Random, byte[]> Sample,
    string ContentType,
    long Limit,
    Func<Random, HttpRequestMessage, byte[], bool> Authorize);
