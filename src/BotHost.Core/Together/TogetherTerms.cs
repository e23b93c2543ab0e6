namespace BotHost.Core.Together;

// The two numbers a worker is told when they choose to wait for others.
public sealed record TogetherTerms(int Threshold, int MaxWaitDays)
{
    // "6 months" for 180 days, "45 days" otherwise: what a worker reads on a phone.
    public string Wait => MaxWaitDays % 30 == 0 && MaxWaitDays >= 60 ? $"{MaxWaitDays / 30} months" : $"{MaxWaitDays} days";
}
