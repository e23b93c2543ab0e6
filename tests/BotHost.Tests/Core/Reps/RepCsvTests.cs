using BotHost.Hosting.Cli;

namespace BotHost.Tests.Core.Reps;

public sealed class RepCsvTests
{
    [Fact]
    public void A_good_file_is_read_with_aliases_and_quoted_fields()
    {
        const string Csv = """
            name,employers,region,slack_team_id,slack_user_id,teams_tenant_id,teams_user_id
            Priya Shah,"Acme Ltd; Acme Widgets",London,T1,U0PRIYA,,
            "Okafor, Tom",Globex,North,,,tenant-1,0f9a6c1e-3d3c-4a8b-9f1e-6a2b8c4d5e6f
            """;

        var (reps, errors) = RepCsv.Read(new StringReader(Csv));

        Assert.Empty(errors);
        Assert.Equal(["Acme Ltd", "Acme Widgets"], reps[0].Employers);
        Assert.Equal("Okafor, Tom", reps[1].Name);
    }

    [Fact]
    public void One_employers_aliases_are_written_together_and_the_first_is_canonical()
    {
        const string Csv = """
            name,employers,slack_user_id
            Priya Shah,Acme|Acme Widgets|AW;Globex,U0PRIYA
            """;

        var (reps, errors) = RepCsv.Read(new StringReader(Csv));
        var map = BotHost.Core.Reps.EmployerAliases.Map(reps[0].Employers);

        Assert.Empty(errors);
        Assert.Equal(["Acme|Acme Widgets|AW", "Globex"], reps[0].Employers);
        Assert.Equal(("acme", "Acme"), map["acme widgets"]);
        Assert.Equal(("acme", "Acme"), map["aw"]);
        Assert.Equal(("globex", "Globex"), map["globex"]);
    }

    [Fact]
    public void An_alias_of_two_different_employers_is_refused()
    {
        const string Csv = """
            name,employers,slack_user_id
            Priya Shah,Acme|AW,U0PRIYA
            Tom Okafor,Awesome Widgets|AW Ltd,U0TOM
            """;

        var (_, errors) = RepCsv.Read(new StringReader(Csv));

        Assert.Equal(["employers: \"aw\" is an alias of both \"Acme\" and \"Awesome Widgets\""], errors);
    }

    [Fact]
    public void Each_bad_line_is_reported_with_its_number_and_reason()
    {
        const string Csv = """
            name,employers,slack_user_id,teams_user_id
            ,Acme,U1,
            Ann,,U2,
            Bob,Globex,,
            Cat,Initech,X99,
            Dan,Hooli,,not-a-guid
            Eve,Umbrella,U3,
            """;

        var (reps, errors) = RepCsv.Read(new StringReader(Csv));

        Assert.Equal(
        [
            "line 2: name is empty",
            "line 3: employers is empty (list them separated by ;)",
            "line 4: needs a slack_user_id or a teams_user_id",
            "line 5: slack_user_id \"X99\" should start with U or W",
            "line 6: teams_user_id \"not-a-guid\" should be an Entra object id (a GUID)",
        ],
        errors);
        Assert.Equal("Eve", Assert.Single(reps).Name);
    }

    [Fact]
    public void A_missing_header_column_is_reported()
    {
        var (_, errors) = RepCsv.Read(new StringReader("name,region\nAnn,London\n"));

        Assert.StartsWith("header: missing column(s) employers", Assert.Single(errors));
    }
}
