namespace BotHost.Teams.Schema;

// What the Connector answers to a send ({id}) or a create-conversation ({id, activityId, serviceUrl}).
public sealed record ResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);
