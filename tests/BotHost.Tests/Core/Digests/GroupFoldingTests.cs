using BotHost.Core.Digests;

namespace BotHost.Tests.Core.Digests;

public sealed class GroupFoldingTests
{
    private static readonly Dictionary<string, int> None = [];

    [Fact]
    public void A_group_with_two_reports_never_shows_its_count()
    {
        var rows = GroupFolding.Fold(new Dictionary<string, int> { ["A"] = 10, ["B"] = 2, ["C"] = 1 }, None, 3);

        Assert.Equal([("A", 10), (null, 3)], rows.Select(r => (r.Key, r.Count!.Value)));
        Assert.DoesNotContain(rows, r => r.Key == "B" || r.Count is 2 or 1);
    }

    [Fact]
    public void A_small_other_group_takes_in_the_smallest_shown_group_so_subtraction_reveals_nothing()
    {
        var rows = GroupFolding.Fold(new Dictionary<string, int> { ["A"] = 10, ["B"] = 2, ["C"] = 5 }, None, 3);

        Assert.Equal([("A", 10), (null, 7)], rows.Select(r => (r.Key, r.Count!.Value)));
    }

    [Fact]
    public void When_everything_is_below_the_threshold_only_fewer_than_k_is_shown()
    {
        var rows = GroupFolding.Fold(new Dictionary<string, int> { ["A"] = 1, ["B"] = 1 }, None, 3);

        var other = Assert.Single(rows);
        Assert.Null(other.Key);
        Assert.Null(other.Count);
        Assert.Null(other.Change);
    }

    [Fact]
    public void No_reports_give_no_groups()
    {
        Assert.Empty(GroupFolding.Fold(new Dictionary<string, int> { ["A"] = 0 }, None, 3));
    }

    [Fact]
    public void Change_is_shown_only_for_groups_shown_in_both_periods()
    {
        var rows = GroupFolding.Fold(
            new Dictionary<string, int> { ["A"] = 10, ["B"] = 6, ["C"] = 4 },
            new Dictionary<string, int> { ["A"] = 7, ["B"] = 2, ["D"] = 9, ["E"] = 1 },
            3);

        Assert.Equal(3, rows.Single(r => r.Key == "A").Change);
        Assert.Null(rows.Single(r => r.Key == "B").Change);
        Assert.Null(rows.Single(r => r.Key == "C").Change);
    }

    [Fact]
    public void A_group_folded_away_in_the_previous_period_shows_no_change()
    {
        // Before: A 10, B 4, C 2: C alone is too small, so B joins it; B's old count must stay hidden.
        var rows = GroupFolding.Fold(
            new Dictionary<string, int> { ["A"] = 12, ["B"] = 6 },
            new Dictionary<string, int> { ["A"] = 10, ["B"] = 4, ["C"] = 2 },
            3);

        Assert.Equal(2, rows.Single(r => r.Key == "A").Change);
        Assert.Null(rows.Single(r => r.Key == "B").Change);
    }

    [Fact]
    public void The_other_group_never_shows_a_change()
    {
        var rows = GroupFolding.Fold(
            new Dictionary<string, int> { ["A"] = 10, ["B"] = 2, ["C"] = 2 },
            new Dictionary<string, int> { ["A"] = 10, ["B"] = 2, ["C"] = 2 },
            3);

        Assert.Null(rows.Single(r => r.Key is null).Change);
    }

    [Theory]
    [InlineData(2, 10, null, null)]
    [InlineData(10, 2, 10, null)]
    [InlineData(10, 7, 10, 3)]
    [InlineData(0, 5, 0, -5)]
    [InlineData(4, 0, 4, 4)]
    public void The_total_hides_small_counts_and_compares_only_shown_ones(int current, int previous, int? count, int? change)
    {
        var total = GroupFolding.Total(current, previous, 3);

        Assert.Equal(count, total.Count);
        Assert.Equal(change, total.Change);
    }

    [Fact]
    public void Across_many_random_periods_no_shown_count_is_below_the_threshold_and_shown_counts_add_up()
    {
        var random = new Random(20261116);
        for (var i = 0; i < 2000; i++)
        {
            var k = random.Next(2, 6);
            var current = Enumerable.Range(0, random.Next(0, 12)).ToDictionary(g => "g" + g, _ => random.Next(0, 9));
            var previous = Enumerable.Range(0, random.Next(0, 12)).ToDictionary(g => "g" + g, _ => random.Next(0, 9));

            var rows = GroupFolding.Fold(current, previous, k);
            var total = GroupFolding.Total(current.Values.Sum(), previous.Values.Sum(), k);

            Assert.All(rows, r => Assert.True(r.Count is null || r.Count >= k));
            if (total.Count is > 0)
            {
                Assert.Equal(total.Count, rows.Sum(r => r.Count));
            }
            else
            {
                Assert.True(rows.Count <= 1 && rows.All(r => r.Count is null));
            }

            foreach (var row in rows.Where(r => r.Change is not null))
            {
                Assert.True(previous[row.Key!] >= k);
            }
        }
    }
}
