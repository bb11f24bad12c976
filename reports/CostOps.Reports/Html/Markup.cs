using System.Globalization;
using System.Text;

namespace CostOps.Reports.Html;

/// <summary>Builds well-formed XML text: every text and attribute value goes through <see cref="Escape"/>.</summary>
internal static class Markup
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when c < ' ' && c != '\n' && c != '\t' => string.Empty,
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
