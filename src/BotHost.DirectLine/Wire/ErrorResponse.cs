namespace BotHost.DirectLine.Wire;

// Direct Line's error body, for a 400 only: refusals (401, 403) say nothing.
public sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse BadArgument(string message) => new(new ErrorDetail("BadArgument", message));
}

public sealed record ErrorDetail(string Code, string Message);
