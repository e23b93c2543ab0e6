namespace BotHost.Load.Traffic;

// What the simulated workers ask: the question column of an evaluation TSV (expected_id, question),
// in-scope and off-topic lines alike, in file order.
public static class Questions
{
    public static IReadOnlyList<string> Load(string path)
    {
        var lines = File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length >= 2 && parts[1].Length > 0)
            .Select(parts => parts[1])
            .ToList();
        return lines.Count > 0 ? lines : throw new InvalidOperationException($"{path} has no questions.");
    }
}
