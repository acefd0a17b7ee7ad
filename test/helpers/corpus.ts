// The generic runner for example corpora (as in duckling): each recogniser's corpus is a
// list of inputs with the values they must give; negatives expect nothing. One test per
// example, labelled with its input, so a failure names the sentence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

export interface Example<V> {
  input: string;
  /** Expected values in text order; [] for a negative. */
  expected: V[];
  note?: string;
}

export function runCorpus<V>(name: string, examples: Example<V>[], run: (input: string) => V[]): void {
  describe(name, () => {
    for (const ex of examples) {
      const label = (ex.expected.length ? '' : '(negative) ') + ex.input + (ex.note ? ` [${ex.note}]` : '');
      it(label, () => {
        assert.deepStrictEqual(run(ex.input), ex.expected);
      });
    }
  });
}
