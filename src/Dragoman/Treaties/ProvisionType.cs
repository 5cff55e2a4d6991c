namespace Dragoman.Treaties;

/// <summary>The ATOP provision types: what a party promises to do.</summary>
public enum ProvisionType
{
    Defence,
    Offence,
    Neutrality,
    Nonaggression,
    Consultation,
}
