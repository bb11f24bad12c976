using CsCheck;
using CostOps.Core.Schedules;

namespace CostOps.Core.Tests.Schedules;

/// <summary>COSTOPS_SCHEDULES is written by people: any text is a configuration or one <see cref="ScheduleConfigurationException"/> listing what is wrong.</summary>
public class ScheduleConfigurationPropertyTests
{
    private const string Valid = """
        {"default":"office-hours","timezone":"Europe/Berlin","schedules":{
          "office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00","sat 10:00-12:00"],"skipDates":["2026-12-25"],"startLeadMinutes":10},
          "batch":{"timezone":"UTC","periods":["daily 22:00-06:00"]}}}
        """;

    /// <summary>JSON values of every type, extreme numbers and near-valid strings, to put where any field is expected.</summary>
    private static readonly Gen<string> AnyValue = Gen.OneOf(
        "null", "true", "0", "-1", "720", "721", "2147483647", "2147483648", "-2147483649", "1e400", "-1e400", "0.5", "1E2",
        "99999999999999999999999999999999", "\"\"", "\" \"", "\"x\"", "\"Europe/Berlin\"", "\"Mars/Olympus_Mons\"", "\"none\"",
        "\"office-hours\"", "\"OFFICE-HOURS\"", "\"mon-fri 08:00-20:00\"", "\"mon-fri 08:00-20:00 Europe/Berlin\"", "\"2026-02-30\"",
        "\"0000-01-01\"", "\"9999-12-31\"", "\"\\ud800\"", "\"a\\u0000b\"", "[]", "[null]", "[1]", "[\"mon-fri 08:00-20:00\"]",
        "[\"daily 00:00-24:00\",\"mon 00:00-01:00\"]", "[\"9999-12-31\",\"0000-01-01\"]", "{}", "{\"a\":1}", "[[]]",
        "{\"timezone\":\"UTC\",\"periods\":[\"daily 01:00-02:00\"]}");

    private static readonly Gen<string> Field = Gen.OneOf(
        "default", "timezone", "schedules", "periods", "skipDates", "startLeadMinutes", "skipdates", "", "office-hours", "none", "x y", "\\ud800");

    /// <summary>The valid document with one JSON value replaced: every field in turn gets a wrong type, null or an extreme number.</summary>
    private static readonly Gen<string> WrongValue = Gen.Select(Gen.Int[0, 40], AnyValue).Select((n, value) => JsonValues.Replace(Valid, n, value));

    /// <summary>Documents built from random fields and values, nested as the real shape is.</summary>
    private static readonly Gen<string> Assembled =
        Gen.Select(Field, AnyValue).Select((f, v) => $"\"{f}\":{v}").Array[0, 4]
            .Select(fields => "{" + string.Join(',', fields) + "}")
            .Array[0, 3]
            .Select(schedules => string.Join(',', schedules.Select((s, i) => $"\"s{i}\":{s}")))
            .Select(Field, AnyValue, (schedules, f, v) => $"{{\"schedules\":{{{schedules}}},\"{f}\":{v}}}");

    /// <summary>The valid document cut short, or with a character removed or inserted.</summary>
    private static readonly Gen<string> Damaged = Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 2], Gen.Char).Select((at, how, c) => how switch
    {
        0 => Valid[..at],
        1 => at < Valid.Length ? Valid.Remove(at, 1) : Valid,
        _ => Valid.Insert(at, c.ToString()),
    });

    private static void AssertFailSafe(string json)
    {
        try
        {
            var configuration = ScheduleConfiguration.FromJson(json);
            Assert.NotNull(configuration);
            if (configuration.DefaultScheduleName is { } name)
            {
                Assert.Contains(name, configuration.ScheduleNames, StringComparer.OrdinalIgnoreCase);
            }
        }
        catch (ScheduleConfigurationException error)
        {
            Assert.NotEmpty(error.Problems);
            Assert.All(error.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p)));
        }
    }

    [Fact]
    public void FromJson_ArbitraryText_ConfigurationOrListedProblems() => Gen.String.Sample(AssertFailSafe, iter: 10_000);

    [Fact]
    public void FromJson_ValidDocumentWithAWrongValue_ConfigurationOrListedProblems() => WrongValue.Sample(AssertFailSafe, iter: 5_000);

    [Fact]
    public void FromJson_AssembledDocuments_ConfigurationOrListedProblems() => Assembled.Sample(AssertFailSafe, iter: 5_000);

    [Fact]
    public void FromJson_DamagedDocument_ConfigurationOrListedProblems() => Damaged.Sample(AssertFailSafe, iter: 5_000);
}
