namespace BotHost.Core.Digests;

// Takes personal details out of words a worker shared before organisers see them. The one seam for
// redaction in the digest: PatternRedactor until the recognizers module's Redactor replaces it.
public interface ITextRedactor
{
    string Redact(string text);
}
