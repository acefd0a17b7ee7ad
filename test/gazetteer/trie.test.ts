import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TokenTrie } from '../../src/gazetteer/trie.js';
import { fold, key } from '../../src/text/normalize.js';

const words = (s: string) => key(s).split(' ');

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add('التحالف الدولي', 'coalition');
  trie.add('التحالف الدولي ضد داعش', 'anti-isis-coalition');
  trie.add('داعش', 'isis');
  trie.add('أربيل', 'erbil');

  it('keeps the longest name starting at a position', () => {
    const w = words('نفذ التحالف الدولي ضد داعش غارات');
    assert.deepEqual(trie.longest([w[1]!], w, 1), { length: 4, values: ['anti-isis-coalition'], first: 0 });
  });

  it('falls back to a shorter name when the longer one is not complete', () => {
    const w = words('قال التحالف الدولي ضد الإرهاب');
    assert.equal(trie.longest([w[1]!], w, 1)?.values[0], 'coalition');
  });

  it('tries each reading of the first word and reports which matched', () => {
    const w = words('وداعش');
    assert.deepEqual(trie.longest(['وداعش', 'داعش'], w, 0), { length: 1, values: ['isis'], first: 1 });
  });

  it('matches spellings that fold alike', () => {
    assert.deepEqual(trie.get('اربيل'), ['erbil']);
    assert.deepEqual(trie.longest([fold('إربيل'.replace('إ', 'أ'))], ['اربيل'], 0)?.values, ['erbil']);
  });

  it('does not cross punctuation when told where words are joined', () => {
    const w = words('التحالف الدولي، ضد داعش');
    const joined = (i: number) => i !== 2;
    assert.equal(trie.longest([w[0]!], w, 0, joined)?.values[0], 'coalition');
  });

  it('finds nothing for unknown words', () => {
    assert.equal(trie.longest(['مدينه'], ['مدينه'], 0), null);
    assert.deepEqual(trie.get('بغداد'), []);
  });
});
