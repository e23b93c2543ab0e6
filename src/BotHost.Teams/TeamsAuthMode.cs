namespace BotHost.Teams;

public enum TeamsAuthMode
{
    // Teams:AppId set: every request needs a valid Bot Framework token; replies carry an Entra token.
    Authenticated,

    // No AppId, but Development or Teams:AllowUnauthenticated: the Emulator and Agents Playground, no tokens.
    Unauthenticated,

    // No AppId anywhere else: /api/messages answers 401.
    Disabled,
}
