using System.Text;

namespace BotHost.Core.Recognizers.PersonalData;

// Takes contact details out of free text before organisers see it: emails become "[email]", phone
// numbers "[phone]", links "[link]". Text with nothing to redact comes back as the same string.
public static class Redactor
{
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = PersonalDataRecognizer.Find(text);
        if (found.Count == 0)
        {
            return text;
        }

        var redacted = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (typeName, start, length) in found)
        {
            redacted.Append(text, position, start - position).Append(typeName switch
            {
                TypeNames.Email => "[email]",
                TypeNames.PhoneNumber => "[phone]",
                _ => "[link]",
            });
            position = start + length;
        }

        return redacted.Append(text, position, text.Length - position).ToString();
    }
}
