using BotHost.Teams.Schema;

namespace BotHost.DirectLine.Wire;

// The optional body of token generate and start conversation: {"user": {"id", "name"}}. Only a caller with
// the secret may name the user; anything else in the body is ignored.
public sealed record StartParameters(ChannelAccount? User);
