using FrontDoor.Bot.Safety;

namespace FrontDoor.Tests.Safety;

public class WhenStemmingWords
{
    [Theory]
    [InlineData("hitting", "hit")]
    [InlineData("hits", "hit")]
    [InlineData("punched", "punch")]
    [InlineData("threatened", "threaten")]
    [InlineData("threatening", "threaten")]
    [InlineData("scared", "scare")]
    [InlineData("babies", "babi")]
    [InlineData("baby", "babi")]
    [InlineData("controlling", "control")]
    [InlineData("hopeful", "hope")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    public void ThenSuffixesAreStripped(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("is")]
    [InlineData("us")]
    [InlineData("مارتا")]
    [InlineData("2")]
    public void ThenShortAndNonLatinWordsAreLeftAlone(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    [Fact]
    public void ThenInflectionsOfOneWordShareAStem() =>
        Assert.Single(new[] { "kill", "kills", "killed", "killing" }.Select(PorterStemmer.Stem).Distinct());
}
