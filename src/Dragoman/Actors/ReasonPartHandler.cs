using System.Runtime.CompilerServices;
using System.Text;

namespace Dragoman.Actors;

/// <summary>
/// Writes an interpolated reason part ($"role {title} of {code}") straight into a
/// <see cref="ReasonBuffer"/>, after its separator, formatting exactly as string interpolation does.
/// </summary>
[InterpolatedStringHandler]
internal ref struct ReasonPartHandler
{
    private StringBuilder.AppendInterpolatedStringHandler inner;

    public ReasonPartHandler(int literalLength, int formattedCount, ReasonBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        inner = new StringBuilder.AppendInterpolatedStringHandler(literalLength, formattedCount, buffer.Separate());
    }

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);
}
