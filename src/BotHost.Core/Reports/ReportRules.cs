namespace BotHost.Core.Reports;

// The validation rules, shared by the chat dialog and the structured form (Slack modal, Teams card, web form).
public static class ReportRules
{
    public const int EmployerMax = 200;
    public const int DescriptionMax = 2000;
    public const int WhenMax = 200;

    public static string? Employer(string? text) => text?.Trim() switch
    {
        null or "" => "Please tell me the employer or workplace.",
        { Length: > EmployerMax } => $"Please keep the employer's name under {EmployerMax} characters.",
        _ => null,
    };

    public static string? Description(string? text) => text?.Trim() switch
    {
        null or "" => "Please say briefly what happened.",
        { Length: < 5 } => "Please say a little more about what happened.",
        { Length: > DescriptionMax } => $"Please keep it under {DescriptionMax} characters. You can add more when a rep gets in touch.",
        _ => null,
    };

    public static string? When(string? text) => text?.Trim() switch
    {
        null or "" => "Please say roughly when it happened, or choose Not sure.",
        { Length: > WhenMax } => "Please keep this short, for example: last Tuesday, or since January.",
        _ => null,
    };

    public static string? ContactDetail(ContactMethod method, string? text) => method switch
    {
        ContactMethod.Email when ReportAnswers.Email(text ?? "") is null => "That doesn't look like an email address. Please try again.",
        ContactMethod.Phone when ReportAnswers.Phone(text ?? "") is null => "That doesn't look like a phone number. Please try again, for example 07700 900123.",
        _ => null,
    };
}
