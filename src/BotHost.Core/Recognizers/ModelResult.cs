namespace BotHost.Core.Recognizers;

// One thing found in what someone typed, shaped like Microsoft.Recognizers.Text's ModelResult: the kind
// (TypeName, see TypeNames), the matched Text, where it sits in the input and a typed Resolution.
public sealed record ModelResult<TResolution>(string TypeName, string Text, int Start, int Length, TResolution Resolution)
{
    // Inclusive, as Microsoft.Recognizers.Text reports it.
    public int End => Start + Length - 1;
}
