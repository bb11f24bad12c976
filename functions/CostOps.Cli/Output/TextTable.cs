namespace CostOps.Cli.Output;

/// <summary>Plain aligned columns: each column as wide as its widest cell, two spaces apart, the last one free.</summary>
public static class TextTable
{
    public static IEnumerable<string> Lines(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => i < r.Count ? r[i].Length : 0)).ToArray();
        return all.Select(r => string.Join("  ", r.Select((cell, i) => i == r.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }
}
