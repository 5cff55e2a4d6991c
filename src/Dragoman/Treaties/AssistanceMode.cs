namespace Dragoman.Treaties;

/// <summary>
/// Whether assistance follows by itself ("immediately… with all means") or is left to each party's
/// judgement ("such action as it deems necessary", "in accordance with its constitutional processes").
/// </summary>
public enum AssistanceMode
{
    Unspecified,
    Automatic,
    Discretionary,
}
