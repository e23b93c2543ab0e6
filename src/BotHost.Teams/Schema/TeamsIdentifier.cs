namespace BotHost.Teams.Schema;

// {id, name} of a tenant, team or channel in channelData.
public sealed record TeamsIdentifier(string? Id, string? Name = null);
