namespace Dragoman.Tests.Web;

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SeededServerFixture>
{
    public const string Name = "web";
}
