using System;
using System.Globalization;

namespace EfficientArchitectures;

/// <summary>
/// A month and day without a year, as catalogs record when a paper was added (<c>[//]: #06/12</c>).
/// The catalog gives no year, so none is invented.
/// </summary>
public readonly struct MonthDay : IEquatable<MonthDay>, IComparable<MonthDay>
{
    /// <summary>Creates a month and day.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="day">The day, 1-31 (at most the days that month can have).</param>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public MonthDay(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1-12.");
        }

        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day is not in that month.");
        }

        Month = month;
        Day = day;
    }

    /// <summary>The month, 1-12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1-31.</summary>
    public int Day { get; }

    /// <summary>Returns <c>MM/DD</c>, as catalogs write it.</summary>
    /// <returns>For example <c>06/12</c>.</returns>
    public override string ToString()
        => Month.ToString("00", CultureInfo.InvariantCulture) + "/" + Day.ToString("00", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(MonthDay other) => Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MonthDay other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Month * 32) + Day;

    /// <inheritdoc/>
    public int CompareTo(MonthDay other) => ((Month * 32) + Day).CompareTo((other.Month * 32) + other.Day);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are the same month and day.</returns>
    public static bool operator ==(MonthDay left, MonthDay right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MonthDay left, MonthDay right) => !left.Equals(right);
}
