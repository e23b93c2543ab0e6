namespace BotHost.Core.Recognizers.Numbers;

// How many. Min == Max for one number ("twenty", "a dozen"); otherwise a range ("20-30"; "a few" is 3–5).
// Max is null when open-ended: "50+", "over 50", "dozens". "The whole team" / "everyone" is a group of
// unknown size: at least 2, no maximum, approximate, with IsEveryone set so it can be told apart from "50+".
public sealed record NumberResolution(decimal Min, decimal? Max)
{
    public bool IsApproximate { get; init; }

    public bool IsEveryone { get; init; }

    public decimal? Value => Min == Max ? Min : null;

    public string TypeName => Min == Max ? TypeNames.Number : TypeNames.NumberRange;

    public static NumberResolution Exactly(decimal value) => new(value, value);
}
