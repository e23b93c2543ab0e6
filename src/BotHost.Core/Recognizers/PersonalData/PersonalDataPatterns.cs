using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers.PersonalData;

internal static partial class PersonalDataPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Top-level domains a bare "example.org" may end in. Short words that follow a missing space after a
    // full stop ("it", "in", "to", "so", "be", "at", "is", "no", "sh") are left out on purpose.
    private const string TopLevel = "com|org|net|uk|io|ai|dev|app|info|biz|me|co|eu|ie|us|ca|au|nz|de|fr|es|nl|ch|se|dk|fi|pl|pt|ly|gl|gg|tv|fm|cc|li|xyz|tech|online|site|email|link|page|blog|news|cloud|social|work|jobs|gov|edu|int|coop|wiki|ngo";

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-'])[\p{L}\p{N}._%+\-']+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}\-])", Options)]
    public static partial Regex Email();

    // "jo[at]example[dot]org", "jo (at) example.org", "jo at example dot org".
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+(?:\s*[\[({]\s*at\s*[\])}]\s*[\p{L}\p{N}\-]+(?:(?:\s*[\[({]\s*dot\s*[\])}]\s*|\.)[\p{L}\p{N}\-]+)+|\s+at\s+[\p{L}\p{N}\-]+(?:(?:\s+dot\s+|\.)[\p{L}\p{N}\-]+)*(?:\s+dot\s+|\.)(?-i:[a-z]{2,6}))(?![\p{L}\p{N}\-])", Options)]
    public static partial Regex HiddenEmail();

    [GeneratedRegex(@"\b(?:(?:https?|ftp)://|www[0-9]{0,3}\.)[^\s<>""'`]+", Options)]
    public static partial Regex Url();

    // "example.co.uk/path": a case-sensitive lower-case ending, so "ASP.NET" is not a link.
    [GeneratedRegex(@"(?<![\p{L}\p{N}@._\-/])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?-i:" + TopLevel + @")(?![\p{L}\p{N}\-@])(?:[/?#][^\s<>""'`]*)?", Options)]
    public static partial Regex Domain();

    // A run of digits with the separators phone numbers are written with; PhoneNumbers decides which part,
    // if any, is a phone number. Not glued to words, codes, sums ("£30,000") or decimals.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_£$€@#+]|[0-9][.,])(?:\+\s?\(?|\()?[0-9](?:[ \u00A0.\-–()]{0,3}[0-9])*(?![0-9@_])", Options)]
    public static partial Regex DigitRun();
}
