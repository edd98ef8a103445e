namespace FrontDoor.Bot.Safety;

/// <summary>
/// Whole-word replacements applied after cleaning: text-speak, contractions typed without the apostrophe,
/// and misspellings too short (or too far off) for the one-edit fuzzy match to catch.
/// </summary>
public static class Spellings
{
    public static IReadOnlyDictionary<string, string> Replacements { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);

        void Add(string replacement, params string[] typed)
        {
            foreach (var word in typed) map[word] = replacement;
        }

        // Text-speak.
        Add("you", "u", "ya", "yu");
        Add("your", "ur");
        Add("are", "r");
        Add("and", "n", "nd");
        Add("with", "wiv", "wid", "w");
        Add("because", "coz", "cos", "cuz", "cus", "bc", "bcoz", "bcz", "becos");
        Add("please", "pls", "plz", "plez");
        Add("people", "ppl");
        Add("about", "abt");
        Add("a bit", "abit");
        Add("before", "b4");
        Add("tonight", "2nite", "tonite");
        Add("today", "2day");
        Add("tomorrow", "2moro", "2morrow", "tmrw", "tmr", "tomoz");
        Add("something", "smth", "sumthing", "summat");
        Add("know", "kno", "knw");
        Add("i do not know", "idk", "dunno");
        Add("what", "wat", "wot");
        Add("when", "wen");
        Add("why", "y");
        Add("have", "hv", "av");
        Add("the", "teh");
        Add("to be honest", "tbh");
        Add("right now", "rn");
        Add("want to", "wanna", "wana");
        Add("going to", "gonna", "gunna");
        Add("got to", "gotta");
        Add("kind of", "kinda");
        Add("boyfriend", "bf", "bfriend");
        Add("girlfriend", "gf");
        Add("husband", "dh", "hubby", "hubs", "husbnd");
        Add("partner", "dp", "prtner");
        Add("mother in law", "mil");
        Add("little one", "lo");
        Add("daughter", "dd");
        Add("son", "ds");
        Add("year old", "yo", "yro");
        Add("year", "yr");
        Add("years", "yrs");
        Add("months", "mo", "mths", "mnths");
        Add("mum", "mom", "mam", "mummy", "mommy");
        Add("kill myself", "kms");
        Add("hit", "hut");
        Add("tomorrow", "tomorow", "tommorow", "tommorrow", "tomorrw");
        Add("oh my god", "omg");

        // Contractions typed without an apostrophe; spelling them out lets rules say "not" once.
        Add("i am", "im", "iam");
        Add("i have", "ive");
        Add("he is", "hes");
        Add("she is", "shes");
        Add("they are", "theyre");
        Add("it is", "its");
        Add("that is", "thats");
        Add("there is", "theres");
        Add("do not", "dont", "dnt", "donot");
        Add("does not", "doesnt", "dosnt", "dosent", "doesent");
        Add("did not", "didnt", "didint");
        Add("can not", "cant", "cannot", "cnt", "carnt", "cany", "caint");
        Add("could not", "couldnt", "cudnt", "couldent");
        Add("would not", "wouldnt", "wudnt", "wouldent");
        Add("should not", "shouldnt");
        Add("will not", "wont");
        Add("want", "wnt");
        Add("is not", "isnt", "aint");
        Add("was not", "wasnt");
        Add("are not", "arent");
        Add("were not", "werent");
        Add("have not", "havent", "havnt", "hvnt");
        Add("has not", "hasnt");
        Add("had not", "hadnt");
        Add("he will", "hell", "hel");
        Add("he would", "hed");
        Add("she will", "shell");
        Add("they will", "theyll");

        // Misspellings of risk words that the one-edit fuzzy match cannot reach.
        Add("suicide", "sucide", "suiside", "suicde", "sueside", "suecide", "sucid", "suiced");
        Add("suicidal", "sucidal", "suisidal", "suicdal", "suicidle");
        Add("kill", "kil", "kll");
        Add("killed", "kiled", "kild");
        Add("hit", "hitt", "hti");
        Add("scared", "scarred", "sacred", "scard", "scaird", "skared", "skard", "scerd");
        Add("afraid", "afriad", "afrade", "afaid");
        Add("pregnant", "pregant", "pregnat", "preggers", "preggo", "preganant", "pregnent", "pregnet");
        Add("abusive", "abusve", "abusiv", "abussive", "abbusive");
        Add("strangled", "strangeled", "strangld");
        Add("choked", "chocked", "choaked");
        Add("punched", "punshed", "punchd", "puched");
        Add("slapped", "slaped", "slappd");
        Add("cope", "coap", "copee");
        Add("hungry", "hungery", "hungy", "hungary");
        Add("tired", "tierd", "tird");
        Add("threatened", "thretened", "threatend", "thretend");
        Add("violent", "voilent", "violant", "vilent");
        Add("homeless", "homless", "homelss");
        Add("myself", "myslef", "meself", "mself");
        return map;
    }
}
