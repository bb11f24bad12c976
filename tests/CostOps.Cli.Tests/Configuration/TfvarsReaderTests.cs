using CostOps.Cli.Configuration;
using CsCheck;

namespace CostOps.Cli.Tests.Configuration;

public sealed class TfvarsReaderTests
{
    private const string Path = "terraform.tfvars";

    [Fact]
    public void Parse_StringsListsAndComments_ReadsEachAssignment()
    {
        var file = TfvarsReader.Parse("""
            # where CostOps runs
            region = "eu-west-1" // trailing comment
            /* the clusters
               it manages */
            clusters = [
              "dev",     # first
              "staging", // second
            ]
            notification_emails = []
            """, Path);

        Assert.Equal("eu-west-1", file.String("region", "x"));
        Assert.Equal(["dev", "staging"], file.StringList("clusters", "x"));
        Assert.Empty(file.StringList("notification_emails", "x")!);
        Assert.Equal(5, file.Values["clusters"].Line);
    }

    [Fact]
    public void Parse_EscapesInStrings_AreDecoded()
    {
        var file = TfvarsReader.Parse("""name = "a \"quoted\" \\ path\n" """, Path);

        Assert.Equal("a \"quoted\" \\ path\n", file.String("name", "x"));
    }

    [Fact]
    public void Parse_SettingsCostOpsDoesNotRead_AreKeptAsWrittenWithoutFailing()
    {
        var file = TfvarsReader.Parse("""
            memory_size    = 512
            dry_run        = false
            thresholds     = [25, 40, 60]
            schedules = {
              office = { start = "08:00", zone = "Europe/Berlin" } # nested
            }
            policy = <<-EOT
              { "not": "parsed" }
              EOT
            tags = merge({ a = "b" }, { c = "d" })
            region = "us-east-2"
            """, Path);

        Assert.Equal(TfvarsValueKind.Other, file.Values["memory_size"].Kind);
        Assert.Equal("512", file.Values["memory_size"].Raw);
        Assert.Equal("false", file.Values["dry_run"].Raw);
        Assert.Equal(TfvarsValueKind.Other, file.Values["thresholds"].Kind);
        Assert.Equal(TfvarsValueKind.Other, file.Values["schedules"].Kind);
        Assert.Equal(TfvarsValueKind.Other, file.Values["policy"].Kind);
        Assert.Equal("us-east-2", file.String("region", "x"));
        Assert.Equal(11, file.Values["region"].Line);
    }

    [Fact]
    public void Parse_EmptyOrOnlyComments_HasNoValues()
    {
        Assert.Empty(TfvarsReader.Parse("\n# nothing\n/* here */\n", Path).Values);
    }

    [Theory]
    [InlineData("region \"eu-west-1\"", 1, "expected = after region")]
    [InlineData("region = \"eu-west-1", 1, "not closed on its line")]
    [InlineData("\nclusters = [\"dev\"", 2, "never closed")]
    [InlineData("clusters = [\"dev\" \"prod\"]", 1, "separated by commas")]
    [InlineData("region = \"a\"\nregion = \"b\"", 2, "assigned twice (first on line 1)")]
    [InlineData("name = \"a\\qb\"", 1, "unknown escape \\q")]
    [InlineData("region = \"a\" \"b\"", 1, "unexpected text after the value of region")]
    [InlineData("/* open", 1, "never closed")]
    [InlineData("x = <<EOT\nbody\n", 1, "heredoc <<EOT is never closed")]
    [InlineData("region =\n", 1, "no value after =")]
    [InlineData("\"region\" = \"x\"", 1, "expected a variable name")]
    public void Parse_TextItCannotRead_FailsNamingFileLineAndProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<TfvarsException>(() => TfvarsReader.Parse(text, Path));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Path} line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnyText_ReadsOrFailsWithTfvarsExceptionOnly() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["=\"[]{}()#/*<>-\\\n abcEOT,0"], 0, 60])
            .Sample(text =>
            {
                try
                {
                    TfvarsReader.Parse(text, Path);
                }
                catch (TfvarsException)
                {
                    // A clear error is a safe answer.
                }
            }, iter: 20_000);
}
