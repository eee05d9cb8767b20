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

    /// <summary>The day as written: a moment late on the 24th in New York is of the 24th, though the 25th in UTC.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Value.DateTime);

    /// <summary>How much later this date is than <paramref name="other"/>: by days when either is only a day.</summary>
    public TimeSpan After(PublicationDate other) =>
        HasTime && other.HasTime
            ? Value - other.Value
            : TimeSpan.FromDays(Day.DayNumber - other.Day.DayNumber);

    public override string ToString() => HasTime ? Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
