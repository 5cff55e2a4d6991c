using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>What a token's readings say beyond the one the lemmatizer chose: its verb reading's features, whether it can be a noun.</summary>
internal static class TokenReadings
{
    /// <summary>The features of the token's verb reading, whichever reading the lemmatizer put first ("shot": noun, or past of shoot).</summary>
    public static string VerbFeatures(Token token)
    {
        if (token.Readings is { } readings)
        {
            for (var r = 0; r < readings.Count; r++)
            {
                if (readings[r].IsVerbal)
                {
                    return readings[r].Features;
                }
            }
        }

        return token.Features ?? "";
    }

    public static bool HasNominalReading(Token token)
    {
        if (token.Readings is not { } readings)
        {
            return false;
        }

        for (var r = 0; r < readings.Count; r++)
        {
            if (readings[r].IsNominal)
            {
                return true;
            }
        }

        return false;
    }
}
