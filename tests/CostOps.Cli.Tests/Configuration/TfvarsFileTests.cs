using CostOps.Cli.Configuration;

namespace CostOps.Cli.Tests.Configuration;

public sealed class TfvarsFileTests
{
    private const string Path = "terraform.tfvars";

    [Fact]
    public void String_AssignedANumber_FailsWithAnExample()
    {
        var file = TfvarsReader.Parse("\nregion = 5", Path);

        var error = Assert.Throws<TfvarsException>(() => file.String("region", "eu-west-1"));

        Assert.Equal("terraform.tfvars line 2: region must be a quoted string such as region = \"eu-west-1\", found 5", error.Message);
    }

    [Fact]
    public void StringList_AssignedAString_FailsWithAnExample()
    {
        var file = TfvarsReader.Parse("notification_emails = \"ops@example.com\"", Path);

        var error = Assert.Throws<TfvarsException>(() => file.StringList("notification_emails", "\"you@example.com\""));

        Assert.Contains("must be a list of quoted strings such as notification_emails = [\"you@example.com\"], found the string \"ops@example.com\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accessors_NotAssigned_ReturnNull()
    {
        var file = TfvarsReader.Parse("a = \"b\"", Path);

        Assert.Null(file.String("region", "x"));
        Assert.Null(file.StringList("clusters", "x"));
    }
}
