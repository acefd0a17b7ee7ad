// The event coder against its example corpus (test/events/corpus.ts), through the whole
// pipeline as `analyze` runs it, plus the corpus's own coverage: every sub-type of the
// gold-format table has an example and the negatives are many.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { runCorpus } from '../helpers/corpus.js';
import { EVENT_TABLE, type CodedEvent, eventKey, examples } from './corpus.js';

const PUBLISHED = '2024-05-10';

function coded(text: string): CodedEvent[] {
  const a = analyze(text, { published: PUBLISHED });
  return [...a.events, ...a.other_events]
    .map((e) => ({ type: e.type, sub_type: e.sub_type, status: e.status }))
    .sort((x, y) => eventKey(x).localeCompare(eventKey(y)));
}

runCorpus('events: example corpus', examples, coded);

describe('events: corpus coverage', () => {
  it('has an example for every sub-type of the event table', () => {
    const seen = new Set(examples.flatMap((e) => e.expected.map((x) => x.sub_type)));
    const missing = Object.values(EVENT_TABLE).flat().filter((s) => !seen.has(s));
    assert.deepEqual(missing, []);
  });
  it('holds at least 170 examples, 40 of them negatives', () => {
    assert.ok(examples.length >= 170, `${examples.length} examples`);
    const negatives = examples.filter((e) => e.expected.length === 0).length;
    assert.ok(negatives >= 40, `${negatives} negatives`);
  });
  it('keeps every example distinct', () => {
    const inputs = examples.map((e) => e.input);
    assert.equal(new Set(inputs).size, inputs.length);
  });
});

describe('events: spans and status', () => {
  it('gives evidence spans that are slices of the original text', () => {
    for (const ex of examples.filter((e) => e.expected.length > 0)) {
      const a = analyze(ex.input, { published: PUBLISHED });
      for (const e of [...a.events, ...a.other_events]) {
        for (const s of e.spans) assert.equal(ex.input.slice(s.start, s.end), s.text, ex.input);
        assert.ok(e.evidence.every((t) => ex.input.includes(t)), ex.input);
      }
    }
  });
  it('keeps denied, foiled and planned incidents out of events', () => {
    const a = analyze('نفى الجيش أن يكون قصف مستشفى المدينة.', { published: PUBLISHED });
    assert.equal(a.events.length, 0);
    assert.equal(a.other_events[0]?.status, 'denied');
  });
});
