using BotHost.Core.Reports;

namespace BotHost.Tests.Core.Reports;

// Workers type employer names on phones and desktops: the same employer must give the same name.
public sealed class EmployerNameTests
{
    [Theory]
    [InlineData("Sainsbury's", "Sainsbury\u2019s")]
    [InlineData("Sainsbury's", "SAINSBURYS LTD")]
    [InlineData("Acme-Widgets", "Acme\u2013Widgets")]
    [InlineData("Acme Widgets", "Acme\nWidgets")]
    [InlineData("Acme Widgets", "acme\twidgets plc.")]
    [InlineData("Marks & Spencer", "marks and spencer")]
    public void Spellings_of_one_employer_normalise_alike(string one, string other) =>
        Assert.Equal(EmployerName.Normalise(one), EmployerName.Normalise(other));

    [Theory]
    [InlineData("Acme Widgets", "Acme Gadgets")]
    [InlineData("Acme Widgets", "AcmeWidgets")]
    public void Different_employers_stay_apart(string one, string other) =>
        Assert.NotEqual(EmployerName.Normalise(one), EmployerName.Normalise(other));
}
