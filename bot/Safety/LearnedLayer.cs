namespace FrontDoor.Bot.Safety;

/// <summary>One labelled message the learned layer is trained on; <see cref="Category"/> is null for an ordinary one.</summary>
internal sealed record LabelledMessage(string Text, RiskCategory? Category);

/// <summary>
/// A small statistical layer beside the signals: one logistic regression per category over hashed
/// features of the message (its words, the letter groups inside them, and the concepts the tagger
/// found, alone and in pairs). Letter groups carry over to spellings and word endings the lexicon
/// never listed ("pobiła", "maarta"); concepts carry over between languages. Trained in process on the
/// labelled tuning messages shipped with the app, the same way every time (fixed order, no randomness).
/// </summary>
internal sealed class LearnedLayer
{
    private const int Buckets = 1 << 17;
    private const int Epochs = 12;
    private const float LearningRate = 0.2f;
    private const float L2 = 1e-5f;
    private const int PairReach = 4;

    private readonly float[][] weights;
    private readonly float[] bias;

    public LearnedLayer(ConceptTagger tagger, IReadOnlyList<LabelledMessage> training, float threshold = 0.5f)
    {
        Threshold = threshold;
        var categories = Enum.GetValues<RiskCategory>();
        weights = categories.Select(_ => new float[Buckets]).ToArray();
        bias = new float[categories.Length];
        var examples = training.Select(m => (Features: Features(tagger.Tag(m.Text)), m.Category)).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = LearningRate / (1 + epoch * 0.1f);
            // A fixed interleaving instead of a random shuffle: the same model on every machine.
            for (var k = 0; k < examples.Length; k++)
            {
                var (features, category) = examples[(k * 7919 + epoch * 31) % examples.Length];
                foreach (var c in categories)
                {
                    var target = category == c ? 1f : 0f;
                    var error = Probability((int)c, features) - target;
                    var w = weights[(int)c];
                    foreach (var f in features) w[f] -= rate * (error + L2 * w[f]);
                    bias[(int)c] -= rate * error;
                }
            }
        }
    }

    public float Threshold { get; }

    /// <summary>The dangers above the threshold for a message the matcher has already tagged.</summary>
    public IEnumerable<(RiskCategory Category, float Probability)> Assess(TaggedMessage message)
    {
        var features = Features(message);
        foreach (var category in Enum.GetValues<RiskCategory>())
        {
            var probability = Probability((int)category, features);
            if (probability >= Threshold) yield return (category, probability);
        }
    }

    private float Probability(int category, int[] features)
    {
        var w = weights[category];
        var sum = bias[category];
        foreach (var f in features) sum += w[f];
        return 1f / (1f + MathF.Exp(-sum));
    }

    private static int[] Features(TaggedMessage message)
    {
        var features = new HashSet<int>();
        for (var i = 0; i < message.Count; i++)
        {
            var word = message.Words[i];
            features.Add(Hash("w", word));
            var padded = "<" + word + ">";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++) features.Add(Hash("g", padded.AsSpan(start, n)));
            }

            foreach (var concept in ConceptsOf(message.Masks[i]))
            {
                features.Add(Hash("k", concept.ToString()));
                for (var j = i + 1; j < message.Count && j <= i + PairReach; j++)
                {
                    foreach (var other in ConceptsOf(message.Masks[j])) features.Add(Hash("kk", concept < other ? $"{concept}+{other}" : $"{other}+{concept}"));
                }
            }
        }

        return features.ToArray();
    }

    private static IEnumerable<Concept> ConceptsOf(UInt128 mask)
    {
        for (var c = 0; mask != 0; c++, mask >>= 1)
        {
            if ((mask & 1) != 0) yield return (Concept)c;
        }
    }

    /// <summary>FNV-1a: stable across processes and machines, unlike string.GetHashCode.</summary>
    private static int Hash(string kind, ReadOnlySpan<char> value)
    {
        var hash = 2166136261u;
        foreach (var c in kind) hash = (hash ^ c) * 16777619u;
        hash = (hash ^ ':') * 16777619u;
        foreach (var c in value) hash = (hash ^ c) * 16777619u;
        return (int)(hash % Buckets);
    }
}
