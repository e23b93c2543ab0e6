namespace BotHost.Core.Recognizers.PersonalData;

// Which parts of a run of digits are phone numbers: UK numbers written from 0 (10 or 11 digits, "07700
// 900123", "(020) 7946 0958", "0161-496-0000") and international ones from + or 00 (8 to 15 digits,
// "+44 (0)20 7946 0958", "+1 555 123 4567"). A run may hold more than one, or a number between other
// digits ("2026 07700 900123"), so every span of its digit groups is tried, longest first.
internal static class PhoneNumbers
{
    public static void Find(string text, int runStart, int runLength, List<PersonalDataRecognizer.Span> found)
    {
        Span<(int Start, int End)> groups = stackalloc (int, int)[32];
        var count = 0;
        for (var i = runStart; i < runStart + runLength && count < groups.Length;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < runStart + runLength && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups[count++] = (start, i);
        }

        var plus = text[runStart] == '+';
        for (var first = 0; first < count;)
        {
            var last = count - 1;
            while (last >= first && !IsPhone(text, groups[first..(last + 1)], plus && first == 0))
            {
                last--;
            }

            if (last < first)
            {
                first++;
                continue;
            }

            var begin = first == 0 && text[runStart] is '+' or '(' ? runStart : groups[first].Start > 0 && text[groups[first].Start - 1] == '(' ? groups[first].Start - 1 : groups[first].Start;
            found.Add(new(TypeNames.PhoneNumber, begin, groups[last].End - begin));
            first = last + 1;
        }
    }

    // The number in E.164 form ("+447700900123"), or null when the text is not a phone number.
    public static string? Normalise(ReadOnlySpan<char> written)
    {
        Span<char> digits = stackalloc char[written.Length];
        var length = 0;
        for (var i = 0; i < written.Length; i++)
        {
            // "(0)" after a country code is not dialled from abroad.
            if (written[i] == '0' && length > 0 && i > 0 && written[i - 1] == '(' && i + 1 < written.Length && written[i + 1] == ')')
            {
                continue;
            }

            if (char.IsAsciiDigit(written[i]))
            {
                digits[length++] = written[i];
            }
        }

        return TryRead(digits[..length], written.TrimStart().StartsWith('+'), out var country, out var number)
            ? string.Concat("+", country, number)
            : null;
    }

    private static bool IsPhone(string text, ReadOnlySpan<(int Start, int End)> groups, bool plus)
    {
        Span<char> buffer = stackalloc char[64];
        return TryRead(Digits(text, groups, buffer), plus, out _, out _);
    }

    private static ReadOnlySpan<char> Digits(string text, ReadOnlySpan<(int Start, int End)> groups, Span<char> buffer)
    {
        var length = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            var (start, end) = groups[g];
            var bracketedZero = g > 0 && end - start == 1 && text[start] == '0' && text[start - 1] == '(' && end < text.Length && text[end] == ')';
            if (!bracketedZero && length + end - start <= buffer.Length)
            {
                text.AsSpan(start, end - start).CopyTo(buffer[length..]);
                length += end - start;
            }
        }

        return buffer[..length];
    }

    // Splits a phone number into its country code and the rest; UK numbers written from 0 get 44.
    private static bool TryRead(ReadOnlySpan<char> digits, bool plus, out ReadOnlySpan<char> country, out ReadOnlySpan<char> number)
    {
        if (!plus && digits.StartsWith("00"))
        {
            digits = digits[2..];
            plus = true;
        }

        country = "44";
        if (!plus)
        {
            number = digits.Length > 1 ? digits[1..] : "";
            return digits.Length is 10 or 11 && digits[0] == '0' && digits[1] != '0';
        }

        if (!digits.StartsWith("44"))
        {
            country = "";
            number = digits;
            return digits.Length is >= 8 and <= 15 && digits[0] != '0';
        }

        // UK numbers from abroad, including the common "+44 07700 900123".
        number = digits[2..];
        number = number.StartsWith('0') ? number[1..] : number;
        return number.Length is 9 or 10 && number[0] != '0';
    }
}
