namespace CostOps.Simulator;

/// <summary>The form parameters of a Query-protocol request body.</summary>
internal static class SimForm
{
    public static Dictionary<string, string> Parse(string body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
        {
            form[Decode(pair[0])] = pair.Length == 2 ? Decode(pair[1]) : "";
        }

        return form;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
