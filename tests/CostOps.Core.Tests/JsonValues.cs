namespace CostOps.Core.Tests;

/// <summary>Edits a JSON document as text for property tests: replace the n-th value with anything, even invalid JSON.</summary>
internal static class JsonValues
{
    /// <summary>Replaces the n-th JSON value (after a ':' or inside an array) of the document, counting wraps around.</summary>
    public static string Replace(string json, int n, string value)
    {
        var starts = new List<(int Start, int End)>();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] is ':' or '[' || (json[i] == ',' && InArray(json, i)))
            {
                var start = i + 1;
                var end = ValueEnd(json, start);
                if (end > start)
                {
                    starts.Add((start, end));
                }
            }
        }

        var (s, e) = starts[n % starts.Count];
        return string.Concat(json.AsSpan(0, s), value, json.AsSpan(e));
    }

    private static bool InArray(string json, int at)
    {
        var depth = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (json[i] is '}' or ']')
            {
                depth++;
            }
            else if (json[i] is '{' or '[')
            {
                if (depth == 0)
                {
                    return json[i] == '[';
                }

                depth--;
            }
        }

        return false;
    }

    private static int ValueEnd(string json, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                inString = c != '"';
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']' when depth == 0:
                    return i;
                case '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return json.Length;
    }
}
