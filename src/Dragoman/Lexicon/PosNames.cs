using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Lexicon;

/// <summary>Parses the Universal Dependencies names used in data files (NOUN, PROPN, CCONJ...).</summary>
internal static class PosNames
{
    public static PartOfSpeech Parse(string name, DataLine line)
    {
        if (Enum.TryParse<PartOfSpeech>(name, ignoreCase: true, out var pos) && !int.TryParse(name, out _))
        {
            return pos;
        }

        throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownPartOfSpeech(name));
    }
}
