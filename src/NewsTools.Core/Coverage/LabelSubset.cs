using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Some of a comparison's outlet labels (a row's Sources), or all but those (its MissingFrom), read from the one shared label
    /// list: memory per row grows with the outlets it names, not with the number of articles compared.
    /// </summary>
    internal sealed class LabelSubset : IReadOnlyList<string>
    {
        private readonly IReadOnlyList<string> labels;
        private readonly int[] members;
        private readonly bool complement;

        /// <param name="labels">Every article's label.</param>
        /// <param name="members">Indexes into <paramref name="labels"/>, ascending, distinct.</param>
        /// <param name="complement">True for every label but those of <paramref name="members"/>.</param>
        public LabelSubset(IReadOnlyList<string> labels, int[] members, bool complement)
        {
            this.labels = labels;
            this.members = members;
            this.complement = complement;
        }

        public int Count => complement ? labels.Count - members.Length : members.Length;

        public string this[int index]
        {
            get
            {
                if (index < 0 || index >= Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                if (!complement)
                {
                    return labels[members[index]];
                }

                // The index-th label not among the members: skip the members at or before it.
                var position = index;
                foreach (var m in members)
                {
                    if (m > position)
                    {
                        break;
                    }

                    position++;
                }

                return labels[position];
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            if (!complement)
            {
                foreach (var m in members)
                {
                    yield return labels[m];
                }

                yield break;
            }

            var next = 0;
            for (var i = 0; i < labels.Count; i++)
            {
                if (next < members.Length && members[next] == i)
                {
                    next++;
                    continue;
                }

                yield return labels[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join(", ", this);
    }
}
