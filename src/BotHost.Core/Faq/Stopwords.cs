namespace BotHost.Core.Faq;

// Words that say nothing about the topic: function words, question words and chat filler. They are
// left out of search terms and of the share of a question the index understands.
public static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "anyone", "anything",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during", "each",
        "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "got", "had", "hadnt", "has",
        "hasnt", "have", "havent", "having", "he", "hed", "her", "here", "hers", "herself", "hes", "him", "himself", "his",
        "how", "i", "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "let",
        "lets", "like", "me", "might", "more", "most", "much", "must", "mustnt", "my", "myself", "need", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out",
        "over", "own", "really", "same", "she", "shed", "shes", "should", "shouldnt", "so", "some", "someone",
        "something", "such", "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there",
        "theres", "these", "they", "theyd", "theyll", "theyre", "theyve", "this", "those", "through", "to", "too",
        "under", "until", "up", "us", "very", "was", "wasnt", "we", "wed", "well", "were", "werent", "weve", "what",
        "whats", "when", "where", "which", "while", "who", "whom", "whos", "why", "will", "with", "wont", "would",
        "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours", "yourself", "yourselves", "youve",
        "actually", "anyway", "basically", "literally", "pretty", "quite", "still", "sure", "way", "ways", "thing",
        "things", "stuff", "tbh", "tho", "though", "lol", "ok", "okay", "please", "thanks", "thank", "hi", "hello",
        "hey", "bye", "cheers", "yes", "no", "yeah", "yep", "nope", "hmm", "um", "uh", "oh", "ah", "pls", "etc",

        // Verbs and nouns so general they say nothing about which answer is meant.
        "tell", "told", "say", "said", "says", "saying", "mean", "means", "meant", "find", "found", "go", "goes",
        "going", "gone", "went", "make", "makes", "making", "made", "want", "wants", "wanted", "take", "takes",
        "taking", "took", "put", "puts", "look", "looks", "looking", "think", "thinks", "thought", "know", "knows",
        "knew", "come", "comes", "came", "lot", "lots", "loads", "bit", "kind", "sort", "guess", "seem", "seems",
        "amount", "happen", "happens", "happened", "everything", "anything", "nothing", "everyone", "somebody", "nobody",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
