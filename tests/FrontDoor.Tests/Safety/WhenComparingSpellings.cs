using FrontDoor.Bot.Safety;

namespace FrontDoor.Tests.Safety;

public class WhenComparingSpellings
{
    [Theory]
    [InlineData("scared", "scared")]
    [InlineData("scraed", "scared")]
    [InlineData("scaredd", "scared")]
    [InlineData("scare", "scared")]
    [InlineData("scored", "scared")]
    [InlineData("sacred", "scared")]
    public void ThenOneEditApartIsClose(string typed, string word) => Assert.True(EditDistance.IsAtMostOne(typed, word));

    [Theory]
    [InlineData("scarf", "scared")]
    [InlineData("hitting", "sifting")]
    [InlineData("punch", "pinched")]
    public void ThenTwoEditsApartIsNot(string typed, string word) => Assert.False(EditDistance.IsAtMostOne(typed, word));
}
