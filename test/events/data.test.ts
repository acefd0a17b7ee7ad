// The event coder's data files are well formed: every trigger names a type and sub-type of
// the gold-format table with a numeric priority, no pattern is listed twice (the second row
// would never be used), non-event families are real types, and statuses are known.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { list, loadTable } from '../../src/data/table.js';
import { fold } from '../../src/text/normalize.js';
import { EVENT_TABLE } from './corpus.js';

const STATUSES = new Set(['reported', 'claimed', 'denied', 'attempted', 'planned', 'background']);

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('events: data files', () => {
  it('triggers.tsv: known type and sub-type, numeric priority, no duplicate pattern', () => {
    const rows = loadTable('events/triggers.tsv');
    assert.ok(rows.length > 100);
    for (const r of rows) {
      assert.ok(EVENT_TABLE[r.type!]?.includes(r.sub_type!), `${r.pattern_ar}: ${r.type}/${r.sub_type}`);
      assert.match(r.priority!, /^\d+$/, r.pattern_ar);
      assert.ok(r.label_en, `${r.pattern_ar}: label_en`);
    }
    assert.deepEqual(duplicates(rows.map((r) => fold(r.pattern_ar!))), []);
  });
  it('non-events.tsv: families are event types, no duplicate pattern', () => {
    const rows = loadTable('events/non-events.tsv');
    for (const r of rows) {
      const fams = list(r.families);
      assert.ok(fams.length > 0, r.pattern_ar);
      for (const f of fams) assert.ok(f in EVENT_TABLE, `${r.pattern_ar}: ${f}`);
    }
    assert.deepEqual(duplicates(rows.map((r) => fold(r.pattern_ar!))), []);
  });
  it('status.tsv: known statuses and scopes, no duplicate pattern', () => {
    const rows = loadTable('events/status.tsv');
    for (const r of rows) {
      assert.ok(STATUSES.has(r.status!), `${r.pattern_ar}: ${r.status}`);
      assert.ok(r.scope === 'before' || r.scope === 'sentence', `${r.pattern_ar}: ${r.scope}`);
    }
    assert.deepEqual(duplicates(rows.map((r) => fold(r.pattern_ar!))), []);
  });
});
