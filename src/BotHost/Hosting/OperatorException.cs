namespace BotHost.Hosting;

// A failure the operator can fix: the command line prints its message, and nothing else, as one line
// after "error: ". Say what is wrong, then what to do about it.
public sealed class OperatorException(string message, Exception? inner = null) : Exception(message, inner);
