using System.Data.Common;

namespace BotHost.Core.Pipeline;

// What a log may say about an exception: its type, and a database's error code (SQLSTATE). Never its
// message, which can quote what people typed.
public static class ErrorKind
{
    public static string Of(Exception exception) =>
        exception is DbException { SqlState: { Length: > 0 } state } ? $"{exception.GetType().Name} {state}" : exception.GetType().Name;
}
