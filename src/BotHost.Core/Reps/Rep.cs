using BotHost.Core.Turns;

namespace BotHost.Core.Reps;

// A union rep, as listed in the directory (`BotHost reps import`). Reps agreed to be listed.
public sealed record Rep(string Name, IReadOnlyList<string> Employers)
{
    public long Id { get; init; }
    public string? Region { get; init; }
    public string? SlackTeamId { get; init; }
    public string? SlackUserId { get; init; }
    public string? TeamsTenantId { get; init; }
    public string? TeamsUserId { get; init; }

    public string FirstName => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : Name;

    // Where to message the rep: on the worker's own platform if the rep is there, else wherever they are.
    public ChannelAddress? DirectAddress(string preferredChannel)
    {
        ChannelAddress? slack = SlackUserId is { Length: > 0 } s ? ChannelAddress.Direct("slack", SlackTeamId ?? "", s) : null;
        ChannelAddress? teams = TeamsUserId is { Length: > 0 } t ? ChannelAddress.Direct("teams", TeamsTenantId ?? "", t) : null;
        return preferredChannel == "teams" ? teams ?? slack : slack ?? teams;
    }
}
