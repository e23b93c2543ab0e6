using BotHost.Core.Faq;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotHost.Storage.Faq;

// The FAQ search index: an FTS5 table in a private in-memory SQLite database. It is rebuilt from the
// content folder on every load, so it is not durable data and never touches the main database.
public sealed class Fts5FaqIndex : IFaqIndex
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand search;
    private readonly SqliteParameter match;
    private readonly SqliteParameter limit;
    private readonly Lock gate = new();

    public Fts5FaqIndex(IReadOnlyList<FaqIndexDocument> documents, FaqFieldWeights weights)
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("""
            CREATE VIRTUAL TABLE faq USING fts5(title, questions, tags, body, tokenize = 'porter unicode61 remove_diacritics 2')
            """);
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                "INSERT INTO faq (rowid, title, questions, tags, body) VALUES (@Row, @Title, @Questions, @Tags, @Body)",
                documents.Select((d, i) => new { Row = i, d.Title, d.Questions, d.Tags, d.Body }),
                transaction);
            transaction.Commit();
        }

        // The hot path: one prepared statement, parameters rebound per question (Dapper would re-create them).
        search = connection.CreateCommand();
        search.CommandText = """
            SELECT rowid, -bm25(faq, $title, $questions, $tags, $body) AS score,
                -bm25(faq, 1, 0, 0, 0), -bm25(faq, 0, 1, 0, 0), -bm25(faq, 0, 0, 1, 0), -bm25(faq, 0, 0, 0, 1)
            FROM faq WHERE faq MATCH $match
            ORDER BY score DESC LIMIT $limit
            """;
        search.Parameters.AddWithValue("$title", weights.Title);
        search.Parameters.AddWithValue("$questions", weights.Questions);
        search.Parameters.AddWithValue("$tags", weights.Tags);
        search.Parameters.AddWithValue("$body", weights.Body);
        match = search.Parameters.Add("$match", SqliteType.Text);
        limit = search.Parameters.Add("$limit", SqliteType.Integer);
        search.Prepare();
    }

    public IReadOnlyList<FaqHit> Search(IReadOnlyList<string> terms, int limit)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var hits = new List<FaqHit>(limit);
        lock (gate)
        {
            match.Value = Query(terms);
            this.limit.Value = limit;
            using var reader = search.ExecuteReader();
            while (reader.Read())
            {
                var fields = new FieldScores(reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5));
                hits.Add(new FaqHit(reader.GetInt32(0), reader.GetDouble(1), fields));
            }
        }

        return hits;
    }

    // Any of the terms; each is quoted, so a word such as NEAR or NOT is never read as an operator.
    public static string Query(IEnumerable<string> terms) =>
        string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public void Dispose()
    {
        lock (gate)
        {
            search.Dispose();
            connection.Dispose();
        }
    }
}
