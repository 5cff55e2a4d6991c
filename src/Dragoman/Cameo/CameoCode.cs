namespace Dragoman.Cameo;

/// <summary>One CAMEO 1.1b3 event code with its Goldstein weight, QuadClass and PLOVER category.</summary>
public sealed record CameoCode(string Code, double Goldstein, int QuadClass, string Plover, string Label)
{
    /// <summary>The two-digit root category (CAMEO codebook, chapter 2): "057" → "05".</summary>
    public string Root => Code[..2];
}
