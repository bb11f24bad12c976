namespace CostOps.Cli.Configuration;

/// <summary>
/// A small, tolerant reader of Terraform variable files: <c>name = "string"</c> and <c>name = ["a", "b"]</c> are read;
/// numbers, bools, maps, heredocs and other expressions are skipped and kept as written, so a file with settings
/// CostOps does not need still reads. Anything it cannot follow fails with the file, the line and what is wrong.
/// </summary>
public static class TfvarsReader
{
    public static TfvarsFile Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new TfvarsScanner(text, path);
        var values = new Dictionary<string, TfvarsValue>(StringComparer.Ordinal);
        while (true)
        {
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                return new TfvarsFile(path, values);
            }

            var line = scanner.Line;
            var name = ReadName(scanner);
            scanner.SkipTrivia(newlines: false);
            if (scanner.Current != '=')
            {
                throw scanner.Error($"expected = after {name}, as in {name} = \"value\"");
            }

            scanner.Advance();
            scanner.SkipTrivia(newlines: false);
            var value = ReadValue(scanner, line);
            scanner.SkipTrivia(newlines: false);
            if (!scanner.AtEnd && scanner.Current != '\n')
            {
                throw scanner.Error($"unexpected text after the value of {name}: put each assignment on its own line");
            }

            if (!values.TryAdd(name, value))
            {
                throw scanner.Error($"{name} is assigned twice (first on line {values[name].Line}): keep one");
            }
        }
    }

    private static string ReadName(TfvarsScanner scanner)
    {
        var start = scanner.Position;
        if (!char.IsAsciiLetter(scanner.Current) && scanner.Current != '_')
        {
            throw scanner.Error($"expected a variable name, found '{scanner.Current}'");
        }

        while (char.IsAsciiLetterOrDigit(scanner.Current) || scanner.Current is '_' or '-')
        {
            scanner.Advance();
        }

        return scanner.Slice(start);
    }

    private static TfvarsValue ReadValue(TfvarsScanner scanner, int line)
    {
        var start = scanner.Position;
        switch (scanner.Current)
        {
            case '"':
                return new TfvarsValue(TfvarsValueKind.String, line, Text: scanner.ReadString());
            case '[':
                return ReadList(scanner, line, start);
            case '{':
                TfvarsSkip.Balanced(scanner);
                return new TfvarsValue(TfvarsValueKind.Other, line, Raw: scanner.Slice(start));
            case '<' when scanner.StartsWith("<<"):
                TfvarsSkip.Heredoc(scanner);
                return new TfvarsValue(TfvarsValueKind.Other, line, Raw: scanner.Slice(start));
            case '\0' or '\n':
                throw scanner.Error("an assignment has no value after =");
            default:
                while (!scanner.AtEnd && scanner.Current != '\n' && scanner.Current != '#' && !scanner.StartsWith("//") && !scanner.StartsWith("/*"))
                {
                    if (scanner.Current is '"' or '[' or '{' or '(')
                    {
                        TfvarsSkip.Balanced(scanner);
                        continue;
                    }

                    scanner.Advance();
                }

                return new TfvarsValue(TfvarsValueKind.Other, line, Raw: scanner.Slice(start).TrimEnd());
        }
    }

    /// <summary>A list of quoted strings; a list with anything else in it is kept as written.</summary>
    private static TfvarsValue ReadList(TfvarsScanner scanner, int line, int start)
    {
        var items = new List<string>();
        scanner.Advance();
        while (true)
        {
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                throw new TfvarsException(scanner.Path, line, "a list opened here is never closed: end it with ]");
            }

            if (scanner.Current == ']')
            {
                scanner.Advance();
                return new TfvarsValue(TfvarsValueKind.StringList, line, Items: items);
            }

            if (scanner.Current != '"')
            {
                TfvarsSkip.RestOfBracket(scanner);
                return new TfvarsValue(TfvarsValueKind.Other, line, Raw: scanner.Slice(start));
            }

            items.Add(scanner.ReadString());
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                continue;
            }

            if (scanner.Current == ',')
            {
                scanner.Advance();
            }
            else if (scanner.Current != ']')
            {
                throw scanner.Error("list items must be separated by commas, as in [\"a\", \"b\"]");
            }
        }
    }
}
