using FrontDoor.Bot.Safety;

namespace FrontDoor.Tests.Safety;

public class WhenNormalisingMessages
{
    [Theory]
    [InlineData("He HIT me!!!", "he hit me")]
    [InlineData("  scared...   of\thim  ", "scared of him")]
    [InlineData("Zoë’s café", "zoes cafe")]
    [InlineData("mój mąż", "moj maz")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("sooo scareddd", "so scared")]
    [InlineData("my 2yo", "my 2 year old")]
    public void ThenCaseAccentsPunctuationAndStretchedLettersAreRemoved(string typed, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(typed));

    [Theory]
    [InlineData("my bf hit me", "my boyfriend hit me")]
    [InlineData("u ok hun", "you ok hun")]
    [InlineData("im scared", "i am scared")]
    [InlineData("I can't cope", "i can not cope")]
    [InlineData("he wont let me", "he will not let me")]
    [InlineData("dont know", "do not know")]
    [InlineData("hell kill me", "he will kill me")]
    public void ThenTextSpeakAndContractionsAreSpeltOut(string typed, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(typed));

    [Theory]
    [InlineData("sucidal", "suicidal")]
    [InlineData("preganant", "pregnant")]
    [InlineData("scard", "scared")]
    public void ThenKnownMisspellingsAreCorrected(string typed, string expected) =>
        Assert.Equal(expected, TextNormaliser.Normalise(typed));

    [Fact]
    public void ThenUrduScriptIsKeptAsWords() =>
        Assert.Equal("مجھے مارتا ہے", TextNormaliser.Normalise("مجھے، مارتا ہے۔"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   !!! ")]
    public void ThenEmptyInputGivesNoWords(string? typed) => Assert.Empty(TextNormaliser.Words(typed));
}
