using CostOps.Core.Budgets;
using CsCheck;

namespace CostOps.Core.Tests.Budgets;

/// <summary>
/// COSTOPS_BUDGET_THRESHOLDS, COSTOPS_BUDGET_NAMES and COSTOPS_BUDGET_TOP_SERVICES are written by people: any text gives
/// valid options or one <see cref="BudgetConfigurationException"/> naming the setting.
/// </summary>
public class BudgetThresholdParserPropertyTests
{
    private static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Int[-5, 2000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0", "0.0000000000000000000000000001", "79228162514264337593543950335", "792281625142643375935439503350",
            "1000000000", "1000000000.01", "1e5", "1E400", "1,5", ".5", "5.", "-0", "NaN", "Infinity", "", " ", "٥", "0x10")));

    private static readonly Gen<string> CompactItem = Gen.Select(
            Gen.OneOf("", "$", "$$", " $"), Number, Gen.OneOf("", "%", "%%", " %"),
            Gen.OneOf("", ":actual", ":forecast", ":both", ":BOTH", ":", ":x", "::forecast", ": forecast"))
        .Select((dollar, number, percent, kind) => dollar + number + percent + kind);

    private static readonly Gen<string> Compact = CompactItem.Array[0, 25].Select(items => string.Join(',', items));

    private static readonly Gen<string> JsonValue = Gen.OneOf(
        Number,
        Gen.OneOf("null", "true", "\"40\"", "[]", "{}", "1e400", "-1e400", "1e-400", "\"\\ud800\"", "\"forecast\"", "\"both\"", "\"x\""));

    private static readonly Gen<string> JsonItem = Gen.Select(
            Gen.OneOf("amount", "percent", "on", "AMOUNT", "On", "extra", ""), JsonValue)
        .Select((name, value) => $"\"{name}\":{value}").Array[0, 3]
        .Select(fields => Gen.Frequency((9, Gen.Const("{" + string.Join(',', fields) + "}")), (1, Gen.OneOf("null", "1", "\"40\"", "[]"))))
        .SelectMany(g => g);

    private static readonly Gen<string> Json = JsonItem.Array[0, 22].Select(items => "[" + string.Join(',', items) + "]");

    private static void AssertThresholdsFailSafe(string text)
    {
        try
        {
            var thresholds = BudgetThresholdParser.Parse(text);
            Assert.InRange(thresholds.Count, 1, 20);
            Assert.All(thresholds, t => Assert.True(t.Value > 0, t.Description));
            Assert.All(thresholds, t => Assert.False(string.IsNullOrEmpty(t.Label + t.Description + t.KeyPart)));
        }
        catch (BudgetConfigurationException error)
        {
            Assert.Equal(BudgetThresholdParser.Setting, error.Setting);
            Assert.Contains(BudgetThresholdParser.Setting, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ArbitraryText_ThresholdsOrErrorNamingTheSetting() => Gen.String.Sample(AssertThresholdsFailSafe, iter: 20_000);

    [Fact]
    public void Parse_NearlyValidCompactLists_ThresholdsOrErrorNamingTheSetting() => Compact.Sample(AssertThresholdsFailSafe, iter: 20_000);

    [Fact]
    public void Parse_NearlyValidJsonLists_ThresholdsOrErrorNamingTheSetting() => Json.Sample(AssertThresholdsFailSafe, iter: 10_000);

    [Fact]
    public void FromSettings_ArbitraryValues_OptionsOrErrorNamingTheSetting() =>
        Gen.Select(Gen.OneOf(Gen.String, Compact, Json), Gen.String, Gen.OneOf(Gen.String, Number)).Sample((thresholds, names, top) =>
        {
            var settings = new Dictionary<string, string?>
            {
                [BudgetThresholdParser.Setting] = thresholds,
                [BudgetAlertOptions.BudgetNamesSetting] = names,
                [BudgetAlertOptions.TopServicesSetting] = top,
            };
            try
            {
                var options = BudgetAlertOptions.FromSettings(name => settings.GetValueOrDefault(name));
                Assert.InRange(options.TopServiceCount, 1, 20);
                Assert.NotEmpty(options.Thresholds);
            }
            catch (BudgetConfigurationException error)
            {
                Assert.Contains(error.Setting, settings.Keys);
                Assert.Contains(error.Setting, error.Message, StringComparison.Ordinal);
            }
        }, iter: 10_000);
}
