using System.Runtime.CompilerServices;
using System.Text;

namespace Dragoman.Actors;

/// <summary>
/// Gathers the reasons of one mention, joined by " + ", in a buffer reused for every mention of a
/// document: the parts are written straight into it (interpolations included), so a mention costs
/// one string, its finished reason, instead of a list, its parts and their join.
/// </summary>
internal sealed class ReasonBuffer
{
    private const string Separator = " + ";

    private readonly StringBuilder text = new(128);

    public void Clear() => text.Clear();

    public void Add(string part)
    {
        Separate().Append(part);
    }

    public void Add([InterpolatedStringHandlerArgument("")] ref ReasonPartHandler part)
    {
        // The handler has already written the part.
    }

    public override string ToString() => text.ToString();

    /// <summary>Writes the separator when a part is already there, and gives the buffer to write the next part into.</summary>
    internal StringBuilder Separate() => text.Length > 0 ? text.Append(Separator) : text;
}
