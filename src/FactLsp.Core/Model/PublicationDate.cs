using System.Globalization;

namespace FactLsp.Core.Model;

/// <summary>A date as front matter gives it: ISO 8601, a day or a moment.</summary>
public readonly record struct PublicationDate(DateTimeOffset Value, bool HasTime)
{
    public static bool TryParse(string? text, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        if (TryParseDay(text, out var plainDay))
        {
            date = new PublicationDate(new DateTimeOffset(plainDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new PublicationDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false);
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment)
            && text.Length >= 10 && text[4] == '-')
        {
            date = new PublicationDate(moment, true);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A valid yyyy-MM-dd of ASCII digits, read without the culture-aware parser (every article's front matter has
    /// one: it was a twentieth of an article's parse). Anything else is left to <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/>.
    /// </summary>
    internal static bool TryParseDay(string text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    /// <summary>The day as written: a moment late on the 24th in New York is of the 24th, though the 25th in UTC.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);

    /// <summary>How much later this date is than <paramref name="other"/>: by days when either is only a day.</summary>
    public TimeSpan After(PublicationDate other) =>
        HasTime && other.HasTime
            ? Value - other.Value
            : TimeSpan.FromDays(Day.DayNumber - other.Day.DayNumber);

    public override string ToString() => HasTime ? Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
