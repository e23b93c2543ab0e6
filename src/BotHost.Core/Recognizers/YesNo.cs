using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers;

// Reads a whole answer as yes or no: "yep", "sure", "go ahead", "👍"; "nah", "no thanks", "don't". It is
// strict on purpose, because it confirms things like deleting someone's data: the answer must be made only
// of yes/no words and fillers ("thanks", "mate"), and "yeah, no", "not sure" or a sentence read as neither.
public static partial class YesNo
{
    private const string Apostrophe = "['’]?";

    private const string Yes = @"ye+s+(?:\s+please)?|ye+a+h*|ye+p+|yu+p+|yea|ya+|yah|aye|sure(?:\s+thing)?|ok(?:ay|ey)?|k+|fine|alright|all\s+right" +
        @"|of\s+course|definitely|absolutely|certainly|correct|that" + Apostrophe + @"s\s+right|that\s+is\s+right|right|go\s+ahead|go\s+for\s+it" +
        @"|do\s+it|please\s+do|confirm(?:ed)?|agreed|i\s+think\s+so|i\s+do|i\s+am|i" + Apostrophe + @"m\s+sure|sounds\s+good|y|affirmative";

    private const string No = @"no+(?:\s+thanks?|\s+thank\s+you|\s+ta)?|na+h+|nope|naw|nay|n|not\s+really|not\s+now|not\s+yet|no\s+way|not\s+at\s+all" +
        @"|i\s+don" + Apostrophe + @"t\s+think\s+so|i\s+don" + Apostrophe + @"t|don" + Apostrophe + @"t|do\s+not|never\s*mind|cancel|stop" +
        @"|negative|(?:i" + Apostrophe + @"d\s+)?rather\s+not";

    private const string Filler = @"thanks|thank\s+you|cheers|ta|mate|(?<please>please)|oh|um+|er+|well|then";

    private const string Token = @"(?:(?<yes>" + Yes + @")\b|(?<no>" + No + @")\b|(?:" + Filler + @")\b|(?<yes>👍(?:\uD83C[\uDFFB-\uDFFF])?|✅|✔️?)|(?<no>👎(?:\uD83C[\uDFFB-\uDFFF])?|❌))";

    public static bool? Recognize(string text) => RecognizeBoolean(text)?.Resolution;

    public static ModelResult<bool>? RecognizeBoolean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Answer().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (yes, no) = (match.Groups["yes"].Captures.Count, match.Groups["no"].Captures.Count);
        bool? value = yes > 0 && no == 0 ? true
            : no > 0 && yes == 0 ? false
            : yes == 0 && no == 0 && match.Groups["please"].Success ? true
            : null;
        var answer = match.Groups["answer"];
        return value is { } resolved ? new ModelResult<bool>(TypeNames.Boolean, answer.Value, answer.Index, answer.Length, resolved) : null;
    }

    [GeneratedRegex(@"^[\s\p{P}]*(?<answer>" + Token + @"(?:[\s,.!?;:…\-–]*" + Token + @")*)[\s\p{P}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Answer();
}
