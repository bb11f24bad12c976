using System.Text;

namespace CostOps.Cli.Configuration;

/// <summary>A cursor over tfvars text: position, line, comments (<c>#</c>, <c>//</c>, <c>/* */</c>) and quoted strings.</summary>
internal sealed class TfvarsScanner(string text, string path)
{
    private int _position;

    public int Line { get; private set; } = 1;

    public bool AtEnd => _position >= text.Length;

    public char Current => AtEnd ? '\0' : text[_position];

    public int Position => _position;

    public string Path => path;

    public string Slice(int from) => text[from.._position];

    public TfvarsException Error(string problem) => new(path, Line, problem);

    public bool StartsWith(string token) => string.CompareOrdinal(text, _position, token, 0, token.Length) == 0;

    public void Advance(int count = 1)
    {
        for (var i = 0; i < count && !AtEnd; i++)
        {
            if (text[_position] == '\n')
            {
                Line++;
            }

            _position++;
        }
    }

    /// <summary>Skips spaces and comments; newlines too when <paramref name="newlines"/>. A <c>#</c> or <c>//</c> comment ends at the newline.</summary>
    public void SkipTrivia(bool newlines)
    {
        while (!AtEnd)
        {
            if (Current is ' ' or '\t' or '\r' || (newlines && Current == '\n'))
            {
                Advance();
            }
            else if (Current == '#' || StartsWith("//"))
            {
                while (!AtEnd && Current != '\n')
                {
                    Advance();
                }
            }
            else if (StartsWith("/*"))
            {
                var startLine = Line;
                Advance(2);
                while (!AtEnd && !StartsWith("*/"))
                {
                    Advance();
                }

                if (AtEnd)
                {
                    throw new TfvarsException(path, startLine, "a /* comment is never closed: end it with */");
                }

                Advance(2);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a quoted string at the cursor (which is on the opening quote), with HCL's escapes.</summary>
    public string ReadString()
    {
        var startLine = Line;
        Advance();
        var result = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                throw new TfvarsException(path, startLine, "a quoted string is not closed on its line: end it with \"");
            }

            var c = Current;
            Advance();
            if (c == '"')
            {
                return result.ToString();
            }

            if (c != '\\')
            {
                result.Append(c);
                continue;
            }

            var escaped = Current;
            Advance();
            result.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '"' => '"',
                '\\' => '\\',
                _ => throw new TfvarsException(path, startLine, $"unknown escape \\{escaped} in a quoted string: write \\\\ for a backslash"),
            });
        }
    }
}
