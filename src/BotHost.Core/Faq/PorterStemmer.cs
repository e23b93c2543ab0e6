namespace BotHost.Core.Faq;

// M. F. Porter's 1980 suffix stripper, the algorithm behind SQLite FTS5's "porter" tokenizer, so that
// the core's own term statistics (coverage, question similarity) see the words the index sees.
public static class PorterStemmer
{
    // Every question is stemmed word by word, and workers use the same few thousand words: each word's stem
    // is kept (content words only, never whole questions), up to a bound, then the memory starts again.
    private const int MaxKept = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        if (Kept.TryGetValue(word, out var known))
        {
            return known;
        }

        if (Kept.Count >= MaxKept)
        {
            Kept.Clear();
        }

        return Kept[word] = Compute(word);
    }

    private static string Compute(string word)
    {
        var b = new Buffer(word);
        b.Step1ab();
        b.Step1c();
        b.Step2();
        b.Step3();
        b.Step4();
        b.Step5();
        return b.ToString();
    }

    private sealed class Buffer(string word)
    {
        private readonly char[] chars = word.ToCharArray();
        private int end = word.Length; // exclusive

        public override string ToString() => new(chars, 0, end);

        private bool IsConsonant(int i) => chars[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // The number of vowel-consonant sequences in chars[0..stemEnd).
        private int Measure(int stemEnd)
        {
            var n = 0;
            var i = 0;
            while (i < stemEnd && IsConsonant(i))
            {
                i++;
            }

            while (i < stemEnd)
            {
                while (i < stemEnd && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= stemEnd)
                {
                    break;
                }

                n++;
                while (i < stemEnd && IsConsonant(i))
                {
                    i++;
                }
            }

            return n;
        }

        private bool HasVowel(int stemEnd)
        {
            for (var i = 0; i < stemEnd; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int last) =>
            last >= 1 && chars[last] == chars[last - 1] && IsConsonant(last);

        // consonant-vowel-consonant at the end, the last not w, x or y ("hop" -> "hope").
        private bool Cvc(int last) =>
            last >= 2 && IsConsonant(last) && !IsConsonant(last - 1) && IsConsonant(last - 2)
            && chars[last] is not ('w' or 'x' or 'y');

        private bool EndsWith(string suffix) =>
            end >= suffix.Length && new string(chars, end - suffix.Length, suffix.Length) == suffix;

        private void SetEnd(string suffix, string replacement)
        {
            var stem = end - suffix.Length;
            replacement.CopyTo(0, chars, stem, replacement.Length);
            end = stem + replacement.Length;
        }

        // Replaces suffix when the stem before it has a measure above min.
        private bool Replace(string suffix, string replacement, int min)
        {
            if (!EndsWith(suffix))
            {
                return false;
            }

            if (Measure(end - suffix.Length) > min)
            {
                SetEnd(suffix, replacement);
            }

            return true;
        }

        public void Step1ab()
        {
            if (EndsWith("sses"))
            {
                end -= 2;
            }
            else if (EndsWith("ies"))
            {
                SetEnd("ies", "i");
            }
            else if (!EndsWith("ss") && EndsWith("s"))
            {
                end--;
            }

            if (EndsWith("eed"))
            {
                if (Measure(end - 3) > 0)
                {
                    end--;
                }

                return;
            }

            var removed = EndsWith("ed") && HasVowel(end - 2) ? 2 : EndsWith("ing") && HasVowel(end - 3) ? 3 : 0;
            if (removed == 0)
            {
                return;
            }

            end -= removed;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                chars[end++] = 'e';
            }
            else if (DoubleConsonant(end - 1) && chars[end - 1] is not ('l' or 's' or 'z'))
            {
                end--;
            }
            else if (Measure(end) == 1 && Cvc(end - 1))
            {
                chars[end++] = 'e';
            }
        }

        public void Step1c()
        {
            if (EndsWith("y") && HasVowel(end - 1))
            {
                chars[end - 1] = 'i';
            }
        }

        private static readonly (string, string)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string, string)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ];

        public void Step2()
        {
            foreach (var (suffix, replacement) in Step2Rules.OrderByDescending(r => r.Item1.Length))
            {
                if (Replace(suffix, replacement, 0))
                {
                    return;
                }
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (Replace(suffix, replacement, 0))
                {
                    return;
                }
            }
        }

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = end - suffix.Length;
                var ok = suffix != "ion" || (stem > 0 && chars[stem - 1] is 's' or 't');
                if (ok && Measure(stem) > 1)
                {
                    end = stem;
                }

                return;
            }
        }

        public void Step5()
        {
            if (EndsWith("e"))
            {
                var m = Measure(end - 1);
                if (m > 1 || (m == 1 && !Cvc(end - 2)))
                {
                    end--;
                }
            }

            if (end >= 2 && chars[end - 1] == 'l' && DoubleConsonant(end - 1) && Measure(end) > 1)
            {
                end--;
            }
        }
    }
}
