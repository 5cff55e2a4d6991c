namespace Dragoman.Actors;

public enum MentionKind
{
    Country,
    Demonym,
    Capital,
    Seat,
    Organisation,
    Group,
    Person,
    Agent,
    Pronoun,
    Pair,
    Trio,
}
