using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// The report as one structured form: a Slack modal, a Teams Adaptive Card or an HTML form in the web chat.
// It asks the same questions as the conversation and checks them with the same rules.
public static class ReportForm
{
    public const string Id = "report";

    // On the union's own page "in this chat" is not offered: the page cannot be reached once it is closed.
    public static Form Create(TogetherTerms terms, IReadOnlyDictionary<string, string>? values = null, bool onOwnPage = false)
    {
        string? Value(string key) => values is not null && values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return new Form(Id, "Report a problem in confidence",
        [
            new FormField("category", "What is it about?", FieldKind.Choice) { Required = true, Options = Options(ReportChoices.Categories), Value = Value("category") },
            new FormField("employer", "Employer or workplace", FieldKind.Text) { Required = true, MaxLength = ReportRules.EmployerMax, Value = Value("employer") },
            new FormField("description", "What happened?", FieldKind.LongText) { Required = true, MaxLength = ReportRules.DescriptionMax, Hint = "You can leave out people's names.", Value = Value("description") },
            new FormField("when", "When did it happen?", FieldKind.Text) { Required = true, MaxLength = ReportRules.WhenMax, Hint = "For example: last Tuesday, since January, ongoing.", Value = Value("when") },
            new FormField("people", "Roughly how many people are affected?", FieldKind.Choice) { Required = true, Options = Options(ReportChoices.People), Value = Value("people") },
            new FormField("urgency", "How urgent is it?", FieldKind.Choice) { Required = true, Options = Options(ReportChoices.Urgencies), Value = Value("urgency") },
            new FormField("delivery", "How should your report travel?", FieldKind.Choice)
            {
                Required = true,
                Options = [.. TogetherChoices.Delivery.Select(o => new Choice(TogetherChoices.FormLabel(o.Value, terms), o.Value.ToString()))],
                Hint = string.Join(' ', TogetherChoices.Delivery.Select(o => $"{o.Label}: {TogetherChoices.Explain(o.Value, terms)}")),
                Value = Value("delivery") ?? nameof(ReportDelivery.Now),
            },
            new FormField("expiry", TogetherText.ExpiryQuestion(terms), FieldKind.Choice) { Options = Options(TogetherChoices.Expiry), Hint = "Only if you chose Wait for others.", Value = Value("expiry") },
            new FormField("contact", "Would you like a rep to get in touch?", FieldKind.Choice) { Options = Options([.. ReportChoices.Contact.Where(o => !onOwnPage || o.Value != ContactMethod.Chat)]), Hint = "Not needed for Count only.", Value = Value("contact") },
            new FormField("contactDetail", "Email or phone number", FieldKind.Text) { Hint = "Only if you chose email or phone. Only the rep will see it.", MaxLength = 100, Value = Value("contactDetail") },
            new FormField("share", "Organisers may read my words, with contact details taken out", FieldKind.Toggle) { Value = Value("share") ?? "false" },
        ],
        "Send report");
    }

    public static IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values, bool onOwnPage)
    {
        var errors = new Dictionary<string, string>();
        string Get(string key) => values.TryGetValue(key, out var v) ? v : "";
        void Check(string key, string? error)
        {
            if (error is not null)
            {
                errors[key] = error;
            }
        }

        Check("category", Parse<ReportCategory>(Get("category")) is null ? "Please choose a topic." : null);
        Check("employer", ReportRules.Employer(Get("employer")));
        Check("description", ReportRules.Description(Get("description")));
        Check("when", ReportRules.When(Get("when")));
        Check("people", Parse<PeopleBand>(Get("people")) is null ? "Please choose roughly how many." : null);
        Check("urgency", Parse<Urgency>(Get("urgency")) is null ? "Please choose how urgent it is." : null);
        // A form opened before the delivery question existed sends none: it goes now, as it did then.
        var delivery = Get("delivery") is { Length: > 0 } chosen ? Parse<ReportDelivery>(chosen) : ReportDelivery.Now;
        Check("delivery", delivery is null ? "Please choose how your report travels." : null);
        Check("expiry", delivery == ReportDelivery.Together && Parse<WaitExpiry>(Get("expiry")) is null
            ? "Please choose what happens if not enough people report in time." : null);
        if (delivery == ReportDelivery.Count)
        {
            return errors;
        }

        var contact = Parse<ContactMethod>(Get("contact"));
        Check("contact", contact switch
        {
            null => "Please choose whether a rep should get in touch.",
            ContactMethod.Chat when onOwnPage => "A rep can't reach you in this web chat later. Choose email or phone, or No thanks.",
            _ => null,
        });
        if (contact is { } method)
        {
            Check("contactDetail", ReportRules.ContactDetail(method, Get("contactDetail")));
        }

        return errors;
    }

    public static NewReport ToReport(IReadOnlyDictionary<string, string> values, string userKey, string sourceId, ChannelAddress replyTo)
    {
        var delivery = values.TryGetValue("delivery", out var chosen) && chosen.Length > 0 ? Parse<ReportDelivery>(chosen)!.Value : ReportDelivery.Now;
        var contact = delivery == ReportDelivery.Count ? ContactMethod.None : Parse<ContactMethod>(values["contact"])!.Value;
        return new NewReport(
            userKey,
            sourceId,
            Parse<ReportCategory>(values["category"])!.Value,
            Parse<Urgency>(values["urgency"])!.Value,
            Parse<PeopleBand>(values["people"])!.Value,
            delivery != ReportDelivery.Count && values.TryGetValue("share", out var share) && share == "true",
            new ReportContent
            {
                Employer = values["employer"].Trim(),
                Description = values["description"].Trim(),
                When = values["when"].Trim(),
                Contact = contact,
                ContactDetail = contact is ContactMethod.Email or ContactMethod.Phone ? values["contactDetail"].Trim() : null,
                ContactAddress = contact == ContactMethod.Chat ? replyTo : null,
            })
        {
            Delivery = delivery,
            Expiry = delivery == ReportDelivery.Together ? Parse<WaitExpiry>(values["expiry"]) : null,
        };
    }

    private static List<Choice> Options<T>(IReadOnlyList<ReportChoices.Option<T>> options) where T : struct, Enum =>
        [.. options.Select(o => new Choice(o.Label, o.Value.ToString()))];

    private static T? Parse<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}
