using System.Text;
using Dapper;

namespace BotHost.Storage;

// One INSERT for many rows: "(@c0_0, @c0_1), (@c1_0, @c1_1) ..." and its parameters. A batch costs one
// statement whatever its size, on both databases.
public static class Rows
{
    public static (string Values, DynamicParameters Parameters) Values<T>(IReadOnlyList<T> rows, params Func<T, object?>[] columns)
    {
        var text = new StringBuilder();
        var parameters = new DynamicParameters();
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = $"c{r}_{c}";
                text.Append(c == 0 ? "@" : ", @").Append(name);
                parameters.Add(name, columns[c](rows[r]));
            }

            text.Append(')');
        }

        return (text.ToString(), parameters);
    }
}
