using System.Globalization;
using System.Text.Json.Nodes;

namespace CostOps.Cli.Configuration;

/// <summary>
/// Reads a literal HCL value kept as written by <see cref="TfvarsReader"/> (an object or a list of objects, such as
/// <c>targets = { ... }</c>) into JSON nodes: objects (<c>key = value</c> or <c>key: value</c>, separated by newlines or
/// commas), lists, quoted strings, numbers, true, false and null. Anything else (expressions, references, heredocs)
/// fails naming the file, the line and what was found.
/// </summary>
public static class TfvarsLiteral
{
    public static JsonNode? Parse(TfvarsValue value, string path, string name)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Kind switch
        {
            TfvarsValueKind.Other => value.Raw ?? string.Empty,
            TfvarsValueKind.String => null,
            _ => null,
        };
        if (text is null)
        {
            throw new TfvarsException(path, value.Line, $"{name} must be an object such as {name} = {{ ... }}, found {(value.Kind == TfvarsValueKind.String ? $"the string \"{value.Text}\"" : "a list of strings")}");
        }

        var scanner = new TfvarsScanner(text, path);
        try
        {
            var node = ReadValue(scanner, name);
            scanner.SkipTrivia(newlines: true);
            if (!scanner.AtEnd)
            {
                throw scanner.Error($"unexpected text after the value of {name}");
            }

            return node;
        }
        catch (TfvarsException ex) when (ex.Path == path)
        {
            throw new TfvarsException(path, value.Line + ex.Line - 1, ex.Problem);
        }
    }

    private static JsonNode? ReadValue(TfvarsScanner scanner, string where)
    {
        scanner.SkipTrivia(newlines: true);
        switch (scanner.Current)
        {
            case '"':
                return JsonValue.Create(scanner.ReadString());
            case '{':
                return ReadObject(scanner, where);
            case '[':
                return ReadList(scanner, where);
            default:
                var word = ReadWord(scanner);
                return word switch
                {
                    "true" => JsonValue.Create(true),
                    "false" => JsonValue.Create(false),
                    "null" => null,
                    _ when decimal.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                    "" => throw scanner.Error($"{where}: expected a value (a quoted string, a number, true, false, null, [ ] or {{ }}), found '{scanner.Current}'"),
                    _ => throw scanner.Error($"{where}: {word} is not a literal value; write it as a quoted string, a number, true, false or null (the command line does not evaluate expressions)"),
                };
        }
    }

    private static JsonObject ReadObject(TfvarsScanner scanner, string where)
    {
        var result = new JsonObject();
        scanner.Advance();
        while (true)
        {
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                throw scanner.Error($"{where}: an object is never closed: end it with }}");
            }

            if (scanner.Current == '}')
            {
                scanner.Advance();
                return result;
            }

            var key = scanner.Current == '"' ? scanner.ReadString() : ReadWord(scanner);
            if (key.Length == 0)
            {
                throw scanner.Error($"{where}: expected an attribute name, found '{scanner.Current}'");
            }

            scanner.SkipTrivia(newlines: false);
            if (scanner.Current is not ('=' or ':'))
            {
                throw scanner.Error($"{where}: expected = after {key}, as in {key} = \"value\"");
            }

            scanner.Advance();
            if (result.ContainsKey(key))
            {
                throw scanner.Error($"{where}.{key} is set twice: keep one");
            }

            result[key] = ReadValue(scanner, $"{where}.{key}");
            scanner.SkipTrivia(newlines: false);
            if (scanner.Current == ',')
            {
                scanner.Advance();
            }
            else if (!scanner.AtEnd && scanner.Current is not ('\n' or '}'))
            {
                throw scanner.Error($"{where}: put each attribute on its own line or separate them with commas");
            }
        }
    }

    private static JsonArray ReadList(TfvarsScanner scanner, string where)
    {
        var result = new JsonArray();
        scanner.Advance();
        while (true)
        {
            scanner.SkipTrivia(newlines: true);
            if (scanner.AtEnd)
            {
                throw scanner.Error($"{where}: a list is never closed: end it with ]");
            }

            if (scanner.Current == ']')
            {
                scanner.Advance();
                return result;
            }

            result.Add(ReadValue(scanner, $"{where}[{result.Count}]"));
            scanner.SkipTrivia(newlines: true);
            if (scanner.Current == ',')
            {
                scanner.Advance();
            }
            else if (scanner.Current != ']')
            {
                throw scanner.Error($"{where}: list items must be separated by commas");
            }
        }
    }

    private static string ReadWord(TfvarsScanner scanner)
    {
        var start = scanner.Position;
        while (!scanner.AtEnd && (char.IsAsciiLetterOrDigit(scanner.Current) || scanner.Current is '_' or '-' or '.' or '+'))
        {
            scanner.Advance();
        }

        return scanner.Slice(start);
    }
}
