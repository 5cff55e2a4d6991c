using System.Globalization;
using System.Buffers;
using Dragoman.Errors;
using Dragoman.Storage.Queries;

namespace Dragoman.Web.Queries;

/// <summary>Checks query-string values before they reach the store; each failure is a 400 message.</summary>
public static class QueryValues
{
    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>An actor code or country (RUS, RUSGOV, IGOUNO), upper-cased; null when absent.</summary>
    public static string? Code(string name, string? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length is < 2 or > 20 || trimmed.AsSpan().ContainsAnyExcept(CodeCharacters))
        {
            errors.Add(ErrorCatalogue.BadQueryCode(name, value));
            return null;
        }

        return trimmed.ToUpperInvariant();
    }

    public static DateOnly? Date(string name, string? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(ErrorCatalogue.BadQueryDate(name, value));
        return null;
    }

    public static int Number(string name, string? value, int fallback, int min, int max, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(ErrorCatalogue.BadQueryNumber(name, value, min, max));
        return fallback;
    }

    public static string? Root(string? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 2 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var root) && root is >= 1 and <= 20)
        {
            return trimmed;
        }

        errors.Add(ErrorCatalogue.BadQueryRoot(value));
        return null;
    }

    public static string? Cameo(string? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length is >= 1 and <= 4 && trimmed.All(char.IsAsciiDigit))
        {
            return trimmed;
        }

        errors.Add(ErrorCatalogue.BadQueryCameo(value));
        return null;
    }

    public static PeriodUnit? Period(string? value, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<PeriodUnit>(value.Trim(), ignoreCase: true, out var unit) && Enum.IsDefined(unit) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return unit;
        }

        errors.Add(ErrorCatalogue.UnknownPeriod(value));
        return null;
    }
}
