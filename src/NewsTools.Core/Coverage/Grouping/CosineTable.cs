using System;

namespace NewsTools.Coverage
{
    /// <summary>
    /// One signature's terms held for scoring it against many others: a bit per term in a small filter and the terms with their
    /// weights in an open-addressing table. <see cref="EventSignature.Cosine"/> walks two term lists together, each step waiting
    /// on the one before; here each term of the other signature is tested on its own, and most (two signatures share a few of
    /// their hundred terms) stop at the filter. An article is scored against every later article that shares its strongest
    /// terms, so its table is made once for all of them.
    /// </summary>
    internal sealed class CosineTable
    {
        /// <summary>Slots of the table: at least four per term, so a look-up mostly ends at the first slot.</summary>
        private const int SlotsPerTerm = 4;

        /// <summary>Bits of the filter: about one in forty set for a signature of the usual 96 terms.</summary>
        private const int FilterWords = 64;

        private readonly ulong[] filter = new ulong[FilterWords];
        private ulong[] keys = new ulong[512];
        private float[] weights = new float[512];

        // A slot is filled when its stamp is the current one: a new signature needs no clearing of the table.
        private int[] stamps = new int[512];
        private int stamp;
        private int shift = 64 - 9;
        private EventSignature? loaded;

        /// <summary>The signature whose terms the table holds.</summary>
        public EventSignature? Loaded => loaded;

        public void Load(EventSignature signature)
        {
            loaded = signature;
            if (signature.RepeatsATerm)
            {
                return;
            }

            var terms = signature.Terms;
            if (terms.Length * SlotsPerTerm > keys.Length)
            {
                var size = keys.Length;
                while (terms.Length * SlotsPerTerm > size)
                {
                    size *= 2;
                }

                keys = new ulong[size];
                weights = new float[size];
                stamps = new int[size];
                stamp = 0;
                shift = 64 - Log2(size);
            }

            if (++stamp == int.MaxValue)
            {
                Array.Clear(stamps, 0, stamps.Length);
                stamp = 1;
            }

            Array.Clear(filter, 0, filter.Length);
            var mask = keys.Length - 1;
            for (var i = 0; i < terms.Length; i++)
            {
                var mixed = Mix(terms[i]);
                filter[FilterWord(mixed)] |= FilterBit(mixed);
                var slot = Slot(mixed);
                while (stamps[slot] == stamp)
                {
                    slot = (slot + 1) & mask;
                }

                stamps[slot] = stamp;
                keys[slot] = terms[i];
                weights[slot] = signature.Weights[i];
            }
        }

        /// <summary>
        /// The loaded signature's <see cref="EventSignature.Cosine"/> with <paramref name="other"/>, to the last bit: the shared terms'
        /// products are added in the same order (ascending term, as the other's terms are stored). A signature that holds one
        /// hash twice (two terms of the same 64-bit hash) is left to the walk, which pairs such terms its own way.
        /// </summary>
        public double Cosine(EventSignature other)
        {
            var self = loaded!;
            if (self.RepeatsATerm || other.RepeatsATerm)
            {
                return self.Cosine(other);
            }

            double sum = 0;
            var terms = other.Terms;
            var otherWeights = other.Weights;
            var mask = keys.Length - 1;
            for (var j = 0; j < terms.Length; j++)
            {
                var term = terms[j];
                var mixed = Mix(term);
                if ((filter[FilterWord(mixed)] & FilterBit(mixed)) == 0)
                {
                    continue;
                }

                for (var slot = Slot(mixed); stamps[slot] == stamp; slot = (slot + 1) & mask)
                {
                    if (keys[slot] == term)
                    {
                        sum += weights[slot] * otherWeights[j];
                        break;
                    }
                }
            }

            return sum;
        }

        // Fibonacci hashing, as the term tables do: the top bits of the product pick the filter's bit and the table's slot.
        private static ulong Mix(ulong hash) => hash * 0x9E3779B97F4A7C15UL;

        private static int FilterWord(ulong mixed) => (int)(mixed >> 58);

        private static ulong FilterBit(ulong mixed) => 1UL << (int)((mixed >> 52) & 63);

        private int Slot(ulong mixed) => (int)(mixed >> shift);

        private static int Log2(int n)
        {
            var bits = 0;
            while ((1 << bits) < n)
            {
                bits++;
            }

            return bits;
        }
    }
}
