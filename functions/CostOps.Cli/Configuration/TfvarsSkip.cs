namespace CostOps.Cli.Configuration;

/// <summary>Skips values CostOps does not read (nested brackets, strings inside them, heredocs), failing where they never end.</summary>
internal static class TfvarsSkip
{
    /// <summary>From inside an opened bracket, skips to just after the bracket that closes it.</summary>
    public static void RestOfBracket(TfvarsScanner scanner)
    {
        var startLine = scanner.Line;
        var depth = 1;
        while (depth > 0)
        {
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                throw new TfvarsException(scanner.Path, startLine, "a bracket opened here is never closed");
            }

            switch (scanner.Current)
            {
                case '"':
                    scanner.ReadString();
                    continue;
                case '[' or '{' or '(':
                    depth++;
                    break;
                case ']' or '}' or ')':
                    depth--;
                    break;
            }

            scanner.Advance();
        }
    }

    public static void Balanced(TfvarsScanner scanner)
    {
        if (scanner.Current == '"')
        {
            scanner.ReadString();
            return;
        }

        scanner.Advance();
        RestOfBracket(scanner);
    }

    public static void Heredoc(TfvarsScanner scanner)
    {
        var startLine = scanner.Line;
        scanner.Advance(2);
        if (scanner.Current == '-')
        {
            scanner.Advance();
        }

        var markerStart = scanner.Position;
        while (char.IsAsciiLetterOrDigit(scanner.Current) || scanner.Current == '_')
        {
            scanner.Advance();
        }

        var marker = scanner.Slice(markerStart);
        if (marker.Length == 0)
        {
            throw scanner.Error("a heredoc (<<) needs a marker such as <<EOT");
        }

        while (true)
        {
            while (!scanner.AtEnd && scanner.Current != '\n')
            {
                scanner.Advance();
            }

            if (scanner.AtEnd)
            {
                throw new TfvarsException(scanner.Path, startLine, $"the heredoc <<{marker} is never closed: end it with a line holding only {marker}");
            }

            scanner.Advance();
            var lineStart = scanner.Position;
            while (!scanner.AtEnd && scanner.Current != '\n')
            {
                scanner.Advance();
            }

            if (scanner.Slice(lineStart).Trim() == marker)
            {
                return;
            }
        }
    }
}
