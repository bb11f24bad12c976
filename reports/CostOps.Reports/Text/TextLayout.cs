using System.Text;

namespace CostOps.Reports.Text;

/// <summary>Fixed-width layout for plain-text email: a label column and right-aligned value columns.</summary>
internal sealed class TextLayout
{
    public const int Width = 72;
    private const int ColumnWidth = 12;
    private readonly StringBuilder _text = new();

    public void Line(string text = "") => _text.Append(text.TrimEnd()).Append('\n');

    public void Heading(string title)
    {
        Line();
        Line(title.ToUpperInvariant());
        Line(new string('-', Math.Min(Width, title.Length)));
    }

    /// <summary>"  label ... value value value": values right-aligned in 12-character columns.</summary>
    public void Row(string label, params string[] values)
    {
        var labelWidth = Width - 2 - (values.Length * ColumnWidth);
        var row = new StringBuilder("  ").Append(Fit(label, labelWidth).PadRight(labelWidth));
        foreach (var v in values)
        {
            row.Append(v.PadLeft(ColumnWidth));
        }

        Line(row.ToString());
    }

    /// <summary>Word-wraps <paramref name="text"/> to the width, continuation lines indented.</summary>
    public void Wrapped(string text, string indent = "  ", string? continuation = null)
    {
        continuation ??= indent;
        var line = new StringBuilder(indent);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                Line(line.ToString());
                line.Clear().Append(continuation);
                empty = true;
            }

            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }

        Line(line.ToString());
    }

    public override string ToString() => _text.ToString();

    public static string Fit(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 3), "...");
}
