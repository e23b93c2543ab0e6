using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BotHost.Hosting.Cli;

// What went wrong, as the one line an operator reads on stderr. Expected failures (OperatorException, bad
// configuration, the database, files, a port in use) say what to fix; anything else is a bug, named in
// one line with how to see the rest: BOTHOST_VERBOSE=1 adds the stack trace (and keeps the host's own
// "Hosting failed to start" log, which repeats it).
public static class CliFailure
{
    public const string VerboseVariable = "BOTHOST_VERBOSE";

    public static bool Verbose => Environment.GetEnvironmentVariable(VerboseVariable) is "1" or "true";

    public static string Describe(Exception exception) => OneLine(Unwrap(exception) switch
    {
        OperatorException e => e.Message,
        OptionsValidationException e => e.Message,
        SqliteException e => Database(e) ?? Unexpected(e),
        Npgsql.PostgresException e => $"PostgreSQL refused: {e.MessageText} ({e.SqlState}). Check Storage:ConnectionString and the database's permissions.",
        Npgsql.NpgsqlException e => $"cannot reach the PostgreSQL database ({e.Message.TrimEnd('.')}). Check Storage:ConnectionString, and that the server is running.",
        IOException { InnerException: AddressInUseException } e =>
            $"{e.Message} Stop whatever is using that port, or choose another with --urls or ASPNETCORE_URLS.",
        IOException or UnauthorizedAccessException => Unwrap(exception).Message,
        OperationCanceledException => "cancelled.",
        var e => Unexpected(e),
    });

    private static string? Database(SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => "the database is locked by another process and did not come free in time (SQLite error 5). Try again when it has finished.",
        8 => "the database is read-only (SQLite error 8). Let this user write the database file and its folder (Storage:ConnectionString).",
        10 => "the database could not be read or written (SQLite error 10: disk I/O error). Check the disk and Storage:ConnectionString.",
        11 => "the database file is damaged (SQLite error 11). Restore it from a backup.",
        13 => "the disk is full (SQLite error 13). Free some space and try again.",
        14 => "cannot open the database file (SQLite error 14). Check Storage:ConnectionString, and that this user can write to its folder.",
        26 => "the database file is not a SQLite database (SQLite error 26). Check Storage:ConnectionString.",
        _ => null,
    };

    private static string Unexpected(Exception e) =>
        $"unexpected {e.GetType().Name}: {e.Message} Rerun with {VerboseVariable}=1 to see where it came from.";

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions: [var only, ..] } => Unwrap(only),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
