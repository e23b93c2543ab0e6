namespace BotHost.Core.Faq;

// Question in, search terms out: words normalised, typos corrected against the content's vocabulary,
// synonym phrases turned into concept terms.
public sealed class FaqQueryAnalyser(FaqVocabulary vocabulary, SynonymMap synonyms)
{
    public QueryAnalysis Analyse(string question)
    {
        var tokens = FaqText.Tokens(question);
        var corrections = new List<(string, string)>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Stopwords.Contains(token))
            {
                continue;
            }

            if (vocabulary.Knows(token))
            {
                known.Add(token);
            }
            else if (WordForms.Of(token).FirstOrDefault(vocabulary.Knows) is { } form)
            {
                corrections.Add((token, form));
                tokens[i] = form;
                known.Add(form);
            }
            else if (!token.Any(char.IsAsciiDigit) && !EnglishWords.Contains(token) && vocabulary.Typos.Correct(token) is { } corrected)
            {
                corrections.Add((token, corrected));
                tokens[i] = corrected;
                known.Add(corrected);
            }
            else
            {
                unknown.Add(token);
            }
        }

        var concepts = synonyms.Concepts(tokens);
        string[] terms = [.. known, .. concepts.Distinct()];
        return new QueryAnalysis
        {
            Terms = terms,
            Stems = [.. terms.Select(PorterStemmer.Stem).Distinct()],
            ContentWords = known.Count + unknown.Count,
            KnownWords = known.Count,
            Corrections = corrections,
            Unknown = [.. unknown],
            Text = string.Join(' ', tokens),
        };
    }
}
