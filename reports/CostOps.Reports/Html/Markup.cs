using System.Globalization;
using System.Text;
using System.Xml;

namespace CostOps.Reports.Html;

/// <summary>Builds well-formed XML text: every text and attribute value goes through <see cref="Escape"/>.</summary>
internal static class Markup
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when c < ' ' && c != '\n' && c != '\t' => string.Empty,

                // Characters XML does not allow at all (lone surrogates, U+FFFE, U+FFFF) are left out too.
                _ when char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c) => string.Empty,
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
