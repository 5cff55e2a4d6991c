namespace Dragoman.Actors;

/// <summary>What a gazetteer phrase names; the matcher combines these into mentions.</summary>
public enum EntryKind
{
    CountryName,
    Demonym,
    Capital,
    Seat,
    Organisation,
    Group,
    Person,
    PersonShort,
    Sector,
    Pair,

    /// <summary>"the three European powers": the three countries last named together in one list.</summary>
    Trio,

    /// <summary>"the island", "the country": the country last named.</summary>
    CountryReference,

    /// <summary>"the bloc", "the council", "l'Alleanza": the organisation last named (whose name holds the noun, unless any will do).</summary>
    OrganisationReference,

    GroupReference,
}
