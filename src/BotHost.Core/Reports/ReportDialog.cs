using BotHost.Core.Conversation;
using BotHost.Core.Together;

namespace BotHost.Core.Reports;

// The step machine of the report conversation: applies one answer to the draft and says what comes next.
// No I/O here; ReportFeature does the talking and the saving.
public static class ReportDialog
{
    public const string Name = nameof(IntentKind.Report);

    public static DialogState Start(DateTimeOffset expiresAt) => new(Name, nameof(ReportStep.Category), expiresAt);

    public static ReportStep StepOf(DialogState state) => Enum.Parse<ReportStep>(state.Step);

    public static DialogState MoveTo(DialogState state, ReportStep step) => state with { Step = step.ToString() };

    // Returns the updated draft and the next step, or an error message and the draft unchanged.
    public static (DialogState State, string? Error) Apply(DialogState state, ReportStep step, string answer, bool onOwnPage, DateTimeOffset now)
    {
        switch (step)
        {
            case ReportStep.Category:
                return Pick(state, step, "category", ReportAnswers.Match(ReportChoices.Categories, answer), "Please pick one of the topics, or Something else.");
            case ReportStep.Employer:
                return Text(state, step, "employer", answer, ReportRules.Employer(answer));
            case ReportStep.Description:
                return Text(state, step, "description", answer, ReportRules.Description(answer));
            case ReportStep.When:
                return When(state, step, answer, now);
            case ReportStep.People:
                var people = ReportAnswers.People(answer);
                var (withPeople, error) = Pick(state, step, "people", people, "Roughly how many? Pick one of the options, or Not sure.");
                return (error is null ? withPeople.With("peopleText", answer.Trim()) : withPeople, error);
            case ReportStep.Urgency:
                return Pick(state, step, "urgency", ReportAnswers.Match(ReportChoices.Urgencies, answer), "Please choose how urgent it is.");
            case ReportStep.Delivery:
                return Delivery(state, step, ReportAnswers.Match(TogetherChoices.Delivery, answer));
            case ReportStep.Expiry:
                return Pick(state, step, "expiry", ReportAnswers.Match(TogetherChoices.Expiry, answer), "Please choose: count it only, or delete it.");
            case ReportStep.Contact:
                var method = ReportAnswers.Match(ReportChoices.Contact, answer);
                if (method == ContactMethod.Chat && onOwnPage)
                {
                    return (state, "This web chat ends when you close it, so a rep couldn't reach you here. Choose email or phone, or No thanks.");
                }

                return Pick(state.With("contactDetail", null), step, "contact", method, "Please choose how a rep should contact you, or No thanks.");
            case ReportStep.ContactDetail:
                var contact = Enum.Parse<ContactMethod>(state["contact"]!);
                var detail = contact == ContactMethod.Phone ? ReportAnswers.Phone(answer) : ReportAnswers.Email(answer);
                return detail is null
                    ? (state, ReportRules.ContactDetail(contact, answer))
                    : (MoveTo(state.With("contactDetail", detail), Next(state, step)), null);
            default:
                return (state, null);
        }
    }

    public static ReportStep Next(DialogState state, ReportStep step) => step switch
    {
        ReportStep.Delivery when state["delivery"] is nameof(ReportDelivery.Together) => ReportStep.Expiry,
        ReportStep.Delivery when state["delivery"] is nameof(ReportDelivery.Count) => ReportStep.Confirm,
        ReportStep.Delivery => ReportStep.Contact,
        ReportStep.Contact when state["contact"] is nameof(ContactMethod.Email) or nameof(ContactMethod.Phone) => ReportStep.ContactDetail,
        ReportStep.Contact or ReportStep.ContactDetail => ReportStep.Confirm,
        ReportStep.Confirm => ReportStep.Confirm,
        _ => step + 1,
    };

    public static ReportStep Previous(DialogState state, ReportStep step) => step switch
    {
        ReportStep.Category => ReportStep.Category,
        ReportStep.Confirm when state["contact"] is nameof(ContactMethod.Email) or nameof(ContactMethod.Phone) => ReportStep.ContactDetail,
        ReportStep.Confirm when state["delivery"] is nameof(ReportDelivery.Count) => ReportStep.Delivery,
        ReportStep.Confirm => ReportStep.Contact,
        ReportStep.Contact when state["delivery"] is nameof(ReportDelivery.Together) => ReportStep.Expiry,
        ReportStep.Contact => ReportStep.Delivery,
        _ => step - 1,
    };

    // A count-only report needs no contact: nobody will see it on its own. Expiry belongs to Together only.
    private static (DialogState, string?) Delivery(DialogState state, ReportStep step, ReportDelivery? delivery)
    {
        var updated = delivery switch
        {
            ReportDelivery.Count => state.With("contact", nameof(ContactMethod.None)).With("contactDetail", null).With("expiry", null),
            ReportDelivery.Now => state.With("expiry", null),
            _ => state,
        };
        return Pick(updated, step, "delivery", delivery, "Please choose Send now, Count only, or Wait for others.");
    }

    private static (DialogState, string?) Pick<T>(DialogState state, ReportStep step, string key, T? value, string error) where T : struct, Enum
    {
        if (value is not { } chosen)
        {
            return (state, error);
        }

        var updated = state.With(key, chosen.ToString());
        return (MoveTo(updated, Next(updated, step)), null);
    }

    // Keeps what the worker typed, and the dates it means when the recognizer can tell ("last Tuesday" -> 10 Nov 2026).
    private static (DialogState, string?) When(DialogState state, ReportStep step, string answer, DateTimeOffset now)
    {
        if (ReportRules.When(answer) is { } error)
        {
            return (state, error);
        }

        var resolved = ReportAnswers.When(answer, now);
        var updated = state.With("when", answer.Trim())
            .With("whenFrom", resolved?.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .With("whenTo", resolved?.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .With("whenText", resolved?.Describe());
        return (MoveTo(updated, Next(updated, step)), null);
    }

    private static (DialogState, string?) Text(DialogState state, ReportStep step, string key, string answer, string? error) =>
        error is null ? (MoveTo(state.With(key, answer.Trim()), Next(state, step)), null) : (state, error);
}
