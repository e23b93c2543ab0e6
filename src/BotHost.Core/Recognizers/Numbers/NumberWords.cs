namespace BotHost.Core.Recognizers.Numbers;

// English number words up to the millions: "twenty-five", "two hundred and fifty", "a thousand",
// "fifteen hundred". Reads the longest valid phrase at the start of the text, so "twenty thirty" is 20.
internal static class NumberWords
{
    private enum Last { None, A, And, Unit, Teen, Tens, Hundred, Scale }

    public static bool TryParse(ReadOnlySpan<char> phrase, out long value) =>
        TryParsePrefix(phrase, out value, out var length) && phrase[length..].Trim().IsEmpty;

    public static bool TryParsePrefix(ReadOnlySpan<char> text, out long value, out int length)
    {
        long total = 0, group = 0, lastScale = long.MaxValue;
        var last = Last.None;
        value = 0;
        length = 0;
        var position = 0;
        while (true)
        {
            while (position < text.Length && text[position] is ' ' or '-' or '\t')
            {
                position++;
            }

            var end = position;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end == position || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                break;
            }

            var word = Word(text[position..end], out var number);
            var afterGroup = last is Last.None or Last.And or Last.Hundred or Last.Scale;
            switch (word)
            {
                case Last.Unit when afterGroup || (last == Last.Tens && group % 10 == 0):
                case Last.Teen or Last.Tens when afterGroup:
                    group += number;
                    break;
                case Last.Hundred when (last is Last.Unit or Last.Teen or Last.Tens && group is > 0 and < 100) || last == Last.A:
                    group = Math.Max(group, 1) * 100;
                    break;
                case Last.Scale when (last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.A) && number < lastScale:
                    total += Math.Max(group, 1) * number;
                    group = 0;
                    lastScale = number;
                    break;
                case Last.A when last == Last.None:
                case Last.And when last is Last.Hundred or Last.Scale:
                    last = word;
                    position = end;
                    continue;
                default:
                    return length > 0;
            }

            last = word;
            position = end;
            length = end;
            value = total + group;
        }

        return length > 0;
    }

    private static Last Word(ReadOnlySpan<char> word, out long number)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 12)];
        if (word.Length > 12)
        {
            number = 0;
            return Last.None;
        }

        word.ToLowerInvariant(lower);
        (var kind, number) = lower switch
        {
            "zero" or "nil" => (Last.Unit, 0L),
            "one" => (Last.Unit, 1),
            "two" => (Last.Unit, 2),
            "three" => (Last.Unit, 3),
            "four" => (Last.Unit, 4),
            "five" => (Last.Unit, 5),
            "six" => (Last.Unit, 6),
            "seven" => (Last.Unit, 7),
            "eight" => (Last.Unit, 8),
            "nine" => (Last.Unit, 9),
            "ten" => (Last.Teen, 10),
            "eleven" => (Last.Teen, 11),
            "twelve" => (Last.Teen, 12),
            "thirteen" => (Last.Teen, 13),
            "fourteen" => (Last.Teen, 14),
            "fifteen" => (Last.Teen, 15),
            "sixteen" => (Last.Teen, 16),
            "seventeen" => (Last.Teen, 17),
            "eighteen" => (Last.Teen, 18),
            "nineteen" => (Last.Teen, 19),
            "twenty" => (Last.Tens, 20),
            "thirty" => (Last.Tens, 30),
            "forty" or "fourty" => (Last.Tens, 40),
            "fifty" => (Last.Tens, 50),
            "sixty" => (Last.Tens, 60),
            "seventy" => (Last.Tens, 70),
            "eighty" => (Last.Tens, 80),
            "ninety" => (Last.Tens, 90),
            "hundred" => (Last.Hundred, 100),
            "thousand" => (Last.Scale, 1_000),
            "million" => (Last.Scale, 1_000_000),
            "a" => (Last.A, 0),
            "and" => (Last.And, 0),
            _ => (Last.None, 0),
        };
        return kind;
    }
}
