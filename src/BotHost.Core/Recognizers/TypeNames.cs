namespace BotHost.Core.Recognizers;

// The kinds a recognizer reports, named as Microsoft.Recognizers.Text names them.
public static class TypeNames
{
    public const string Date = "datetimeV2.date";
    public const string DateRange = "datetimeV2.daterange";
    public const string DateTimeRange = "datetimeV2.datetimerange";
    public const string Number = "number";
    public const string NumberRange = "number.range";
    public const string Boolean = "boolean";
    public const string Choice = "choice";
    public const string Email = "email";
    public const string PhoneNumber = "phonenumber";
    public const string Url = "url";
}
