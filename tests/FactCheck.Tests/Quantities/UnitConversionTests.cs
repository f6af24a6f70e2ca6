using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Tests.Quantities;

public sealed class UnitConversionTests
{
    [Theory]
    [InlineData(120, "mph", "km/h", 193.12128)]
    [InlineData(18, "inch", "cm", 45.72)]
    [InlineData(1, "mile2", "km2", 2.589988110336)]
    [InlineData(1, "acre", "ha", 0.40468564224)]
    [InlineData(104, "°F", "°C", 40)]
    [InlineData(-40, "°C", "°F", -40)]
    [InlineData(2, "year", "month", 24)]
    [InlineData(1, "t", "lb", 2204.6226218)]
    [InlineData(3, "GW", "MW", 3000)]
    public void Converts_between_units_of_one_kind(double value, string from, string to, double expected)
    {
        var converted = UnitConversion.Convert((decimal)value, from, to);

        Assert.NotNull(converted);
        Assert.Equal(expected, (double)converted!.Value, 4);
    }

    [Theory]
    [InlineData(1000, "ton", "t", 907.18474, 1016.0469088)]
    [InlineData(907.18474, "t", "ton", 892.8571428, 1000)]
    [InlineData(1000, "short ton", "t", 907.18474, 907.18474)]
    [InlineData(2, "km", "m", 2000, 2000)]
    public void A_word_for_several_sizes_converts_to_the_span_of_them(double value, string from, string to, double low, double high)
    {
        var span = UnitConversion.ConvertSpan((decimal)value, from, to);

        Assert.NotNull(span);
        Assert.Equal(low, (double)span!.Value.Low, 4);
        Assert.Equal(high, (double)span.Value.High, 4);
    }

    [Theory]
    [InlineData("The barge carried 400 short tons of coal.", "short ton")]
    [InlineData("The liner displaced 46,000 long tons.", "long ton")]
    [InlineData("The freighter spilled 5,000 tons of oil.", "ton")]
    [InlineData("The freighter spilled 5,000 tonnes of oil.", "t")]
    public void Each_ton_is_read_as_the_size_its_words_name(string sentence, string unit)
    {
        Assert.Equal(unit, Assert.Single(QuantityReader.Read(sentence)).Quantity.Unit);
    }

    [Fact]
    public void A_change_in_temperature_converts_without_the_offset()
    {
        // "rose 9 °F" is a rise of 5 °C, not of -12.8 °C.
        Assert.Equal(5, (double)UnitConversion.Convert(9, "°F", "°C", change: true)!.Value, 6);
    }

    [Theory]
    [InlineData("km", "kg")]
    [InlineData("USD", "EUR")]
    [InlineData("home", "house")]
    [InlineData("km", "km")]
    [InlineData("age", "year")]
    public void Units_of_different_kinds_currencies_and_counted_things_do_not_convert(string a, string b)
    {
        Assert.False(UnitConversion.Convertible(a, b));
        if (a != b)
        {
            Assert.Null(UnitConversion.Convert(1, a, b));
        }
    }

    [Theory]
    [InlineData("km", "mile")]
    [InlineData("m/s", "knot")]
    [InlineData("kWh", "TWh")]
    [InlineData("gallon", "l")]
    public void Every_listed_unit_converts_there_and_back(string a, string b)
    {
        var there = UnitConversion.Convert(1234.5m, a, b)!.Value;

        Assert.Equal(1234.5, (double)UnitConversion.Convert(there, b, a)!.Value, 6);
    }

    [Theory]
    [InlineData(7.1, "magnitude", "magnitude 7.1")]
    [InlineData(3, "category", "category 3")]
    [InlineData(120, "mph", "120 mph")]
    [InlineData(63, "match minute", "match minute 63")]
    [InlineData(494.83, "time taken", "time taken 8:14.83")]
    [InlineData(7533, "time taken", "time taken 2:05:33")]
    [InlineData(7180.2, "time taken", "time taken 1:59:40.2")]
    public void A_reading_on_a_scale_is_written_scale_first(double value, string unit, string expected)
    {
        Assert.Equal(expected, Quantity.Of((decimal)value, unit).ToString());
    }
}
