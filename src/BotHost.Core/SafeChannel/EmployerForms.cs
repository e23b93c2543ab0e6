using BotHost.Core.Turns;

namespace BotHost.Core.SafeChannel;

// For adapters, before a turn is stored: a form submitted in an employer's workspace keeps only the form's
// name, so what was typed never reaches the inbox. The engine then answers with a private link.
public static class EmployerForms
{
    public static async Task<Turn> DropValuesAsync(Turn turn, IWorkspaceTrust trust, CancellationToken cancellationToken)
    {
        if (turn.Form is not { } form || turn.OnOwnPage || await trust.TrustOfAsync(turn.Workspace, cancellationToken) != WorkspaceTrust.Employer)
        {
            return turn;
        }

        return turn with { Form = new Dictionary<string, string> { ["form"] = form.TryGetValue("form", out var id) ? id : "" } };
    }
}
