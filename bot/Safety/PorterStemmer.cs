namespace FrontDoor.Bot.Safety;

/// <summary>
/// The classic Porter (1980) suffix-stripping stemmer, working in place on a span so a chat message can
/// be stemmed word by word without allocating. Words that are not plain a-z (Urdu script, digits) and
/// words of one or two letters are left alone.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        return new string(buffer[..Stem(buffer)]);
    }

    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2 || !IsPlainLowerAscii(word))
        {
            return word.Length;
        }

        var state = new State(word);
        state.Step1AB();
        state.Step1C();
        state.Step2();
        state.Step3();
        state.Step4();
        state.Step5();
        return state.End + 1;
    }

    private static bool IsPlainLowerAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private ref struct State(Span<char> word)
    {
        private readonly Span<char> b = word;

        /// <summary>Index of the last character of the current word.</summary>
        public int End = word.Length - 1;

        /// <summary>Index of the last character of the stem left when a suffix is removed.</summary>
        private int j;

        private readonly bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in b[0..j].</summary>
        private readonly int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j) return n;
                if (!IsConsonant(i)) break;
                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }

                i++;
            }
        }

        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!IsConsonant(i)) return true;
            }

            return false;
        }

        private readonly bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        /// <summary>True when b[i-2..i] is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private readonly bool ConsonantVowelConsonant(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string suffix)
        {
            var length = suffix.Length;
            if (length > End + 1) return false;
            if (!b.Slice(End - length + 1, length).SequenceEqual(suffix)) return false;
            j = End - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.AsSpan().CopyTo(b[(j + 1)..]);
            End = j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0) SetTo(replacement);
        }

        public void Step1AB()
        {
            if (b[End] == 's')
            {
                if (EndsWith("sses")) End -= 2;
                else if (EndsWith("ies")) SetTo("i");
                else if (End >= 1 && b[End - 1] != 's') End--;
            }

            if (EndsWith("eed"))
            {
                if (Measure() > 0) End--;
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                End = j;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(End))
                {
                    if (b[End] is not ('l' or 's' or 'z')) End--;
                }
                else
                {
                    j = End;
                    if (Measure() == 1 && ConsonantVowelConsonant(End)) SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && VowelInStem()) b[End] = 'i';
        }

        public void Step2()
        {
            if (End < 1) return;
            switch (b[End - 1])
            {
                case 'a':
                    if (EndsWith("ational")) ReplaceIfMeasured("ate");
                    else if (EndsWith("tional")) ReplaceIfMeasured("tion");
                    break;
                case 'c':
                    if (EndsWith("enci")) ReplaceIfMeasured("ence");
                    else if (EndsWith("anci")) ReplaceIfMeasured("ance");
                    break;
                case 'e':
                    if (EndsWith("izer")) ReplaceIfMeasured("ize");
                    break;
                case 'l':
                    if (EndsWith("bli")) ReplaceIfMeasured("ble");
                    else if (EndsWith("alli")) ReplaceIfMeasured("al");
                    else if (EndsWith("entli")) ReplaceIfMeasured("ent");
                    else if (EndsWith("eli")) ReplaceIfMeasured("e");
                    else if (EndsWith("ousli")) ReplaceIfMeasured("ous");
                    break;
                case 'o':
                    if (EndsWith("ization")) ReplaceIfMeasured("ize");
                    else if (EndsWith("ation")) ReplaceIfMeasured("ate");
                    else if (EndsWith("ator")) ReplaceIfMeasured("ate");
                    break;
                case 's':
                    if (EndsWith("alism")) ReplaceIfMeasured("al");
                    else if (EndsWith("iveness")) ReplaceIfMeasured("ive");
                    else if (EndsWith("fulness")) ReplaceIfMeasured("ful");
                    else if (EndsWith("ousness")) ReplaceIfMeasured("ous");
                    break;
                case 't':
                    if (EndsWith("aliti")) ReplaceIfMeasured("al");
                    else if (EndsWith("iviti")) ReplaceIfMeasured("ive");
                    else if (EndsWith("biliti")) ReplaceIfMeasured("ble");
                    break;
                case 'g':
                    if (EndsWith("logi")) ReplaceIfMeasured("log");
                    break;
            }
        }

        public void Step3()
        {
            switch (b[End])
            {
                case 'e':
                    if (EndsWith("icate")) ReplaceIfMeasured("ic");
                    else if (EndsWith("ative")) ReplaceIfMeasured("");
                    else if (EndsWith("alize")) ReplaceIfMeasured("al");
                    break;
                case 'i':
                    if (EndsWith("iciti")) ReplaceIfMeasured("ic");
                    break;
                case 'l':
                    if (EndsWith("ical")) ReplaceIfMeasured("ic");
                    else if (EndsWith("ful")) ReplaceIfMeasured("");
                    break;
                case 's':
                    if (EndsWith("ness")) ReplaceIfMeasured("");
                    break;
            }
        }

        public void Step4()
        {
            if (End < 1) return;
            var matched = b[End - 1] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && j >= 0 && b[j] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };
            if (matched && Measure() > 1) End = j;
        }

        public void Step5()
        {
            j = End;
            if (b[End] == 'e')
            {
                var measure = Measure();
                if (measure > 1 || (measure == 1 && !ConsonantVowelConsonant(End - 1))) End--;
            }

            if (b[End] == 'l' && DoubleConsonant(End))
            {
                j = End;
                if (Measure() > 1) End--;
            }
        }
    }
}
