using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.PersonalData;

// Finds contact details in free text: email addresses (also "jo at example dot org"), phone numbers (UK
// and international, see PhoneNumbers) and links (with or without a scheme: "https://…", "www.…",
// "example.co.uk/path"). Resolutions: the address as written, the phone number in E.164 form
// ("+447700900123"), the link as written. Redactor uses the same search.
public static partial class PersonalDataRecognizer
{
    internal readonly record struct Span(string TypeName, int Start, int Length);

    public static IReadOnlyList<ModelResult<string>> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Find(text);
        var found = new List<ModelResult<string>>(spans.Count);
        foreach (var (typeName, start, length) in spans)
        {
            var written = text.Substring(start, length);
            var resolution = typeName switch
            {
                TypeNames.PhoneNumber => PhoneNumbers.Normalise(written) ?? written,
                TypeNames.Email when !written.Contains('@') => SpokenEmail().Replace(written, m => m.Groups["at"].Success ? "@" : "."),
                _ => written,
            };
            found.Add(new(typeName, written, start, length, resolution));
        }

        return found;
    }

    internal static List<Span> Find(string text)
    {
        var found = new List<Span>();
        foreach (var regex in (ReadOnlySpan<Regex>)[PersonalDataPatterns.Email(), PersonalDataPatterns.HiddenEmail()])
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                found.Add(new(TypeNames.Email, match.Index, match.Length));
            }
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[PersonalDataPatterns.Url(), PersonalDataPatterns.Domain()])
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                found.Add(new(TypeNames.Url, match.Index, TrimEnd(text.AsSpan(match.Index, match.Length))));
            }
        }

        foreach (var match in PersonalDataPatterns.DigitRun().EnumerateMatches(text))
        {
            PhoneNumbers.Find(text, match.Index, match.Length, found);
        }

        return Overlaps.KeepLongest(found, static s => (s.Start, s.Length));
    }

    // A link's length without the punctuation that ends the sentence around it: "(see example.org/a)."
    private static int TrimEnd(ReadOnlySpan<char> link)
    {
        var length = link.Length;
        while (length > 0 && link[length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ')' or ']' or '}' or '>')
        {
            if (link[length - 1] == ')' && link[..length].Count('(') >= link[..length].Count(')'))
            {
                break;
            }

            length--;
        }

        return length;
    }

    [GeneratedRegex(@"\s*(?:[\[({]\s*(?<at>at)\s*[\])}]|[\[({]\s*dot\s*[\])}]|\s(?<at>at)\s|\sdot\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SpokenEmail();
}
