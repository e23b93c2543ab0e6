namespace BotHost.Core.Faq;

// The measurements of a search that the confidence model weighs.
public sealed record ConfidenceFeatures(double Score, double Gap, double Coverage, double Asking, double EntryCoverage)
{
    public static readonly ConfidenceFeatures None = new(0, 0, 0, 0, 0);

    public double[] ToArray() => [Score, Gap, Coverage, Asking, EntryCoverage];
}
