namespace BotHost.Core.Faq;

// One spelling per word: British forms (the content is British English) and common chat shorthand.
internal static class Spelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // American -> British
        ["labor"] = "labour", ["color"] = "colour", ["behavior"] = "behaviour", ["favor"] = "favour",
        ["honor"] = "honour", ["center"] = "centre", ["defense"] = "defence", ["offense"] = "offence",
        ["canceled"] = "cancelled", ["canceling"] = "cancelling", ["judgment"] = "judgement", ["mom"] = "mum",
        ["enrollment"] = "enrolment", ["fulfill"] = "fulfil", ["vacation"] = "holiday", ["paycheck"] = "payslip",
        ["coworker"] = "colleague", ["coworkers"] = "colleagues",

        // Chat shorthand
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks",
        ["mgr"] = "manager", ["mgrs"] = "managers", ["mgmt"] = "management", ["msg"] = "message", ["msgs"] = "messages",
        ["thru"] = "through", ["wud"] = "would", ["cud"] = "could", ["shud"] = "should", ["b4"] = "before",
        ["yr"] = "year", ["yrs"] = "years", ["hrs"] = "hours", ["mins"] = "minutes", ["wk"] = "week", ["wks"] = "weeks",
        ["bc"] = "because", ["cos"] = "because", ["coz"] = "because", ["abt"] = "about", ["dept"] = "department",
        ["govt"] = "government", ["info"] = "information", ["tho"] = "though", ["ppl"] = "people", ["convo"] = "conversation",
        ["emp"] = "employer", ["org"] = "organisation", ["w"] = "with",
    };

    private static readonly (string American, string British)[] Suffixes =
    [
        ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("izers", "isers"), ("izer", "iser"),
        ("ized", "ised"), ("izes", "ises"), ("ize", "ise"), ("yzing", "ysing"), ("yzed", "ysed"), ("yze", "yse"),
    ];

    public static string Normalise(string word)
    {
        if (Words.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        // "organize" -> "organise", but leave short words ("size", "prize") alone.
        if (word.Length >= 6)
        {
            foreach (var (american, british) in Suffixes)
            {
                if (word.EndsWith(american, StringComparison.Ordinal))
                {
                    return string.Concat(word.AsSpan(0, word.Length - american.Length), british);
                }
            }
        }

        return word;
    }
}
