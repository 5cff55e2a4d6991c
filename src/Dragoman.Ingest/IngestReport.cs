namespace Dragoman.Ingest;

/// <summary>What an ingest run did: documents stored (new or replaced), events written, skipped and failed inputs.</summary>
public sealed class IngestReport
{
    private readonly List<IngestFailure> failures = [];

    public long RunId { get; init; }

    public int Inserted { get; set; }

    public int Replaced { get; set; }

    public int Documents => Inserted + Replaced;

    public int Events { get; set; }

    public int Skipped { get; set; }

    public IReadOnlyList<IngestFailure> Failures => failures;

    public void Fail(string input, string message) => failures.Add(new IngestFailure(input, message));
}
