import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { register } from '../../src/cli/commands/gazetteer.js';
import { parseTable } from '../../src/data/table.js';

describe('marsad gazetteer import', () => {
  it('writes the table named by --out from a GeoNames file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-gz-cli-'));
    try {
      // One invented row in the GeoNames layout, with its Arabic name in alternatenames.
      const row = ['9100001', 'Qaryat Test', 'Qaryat Test', 'Qaryat Test,قرية الاختبار', '15.1', '44.2', 'P', 'PPL', 'YE', '', '01', '', '', '', '800', '', '', '', ''];
      writeFileSync(join(dir, 'ye.txt'), row.join('\t') + '\n');
      const out = join(dir, 'local', 'geonames.tsv');
      const program = new Command().exitOverride();
      register(program);
      const write = process.stdout.write.bind(process.stdout);
      let printed = '';
      process.stdout.write = ((s: string) => { printed += s; return true; }) as typeof process.stdout.write;
      try {
        await program.parseAsync(['gazetteer', 'import', join(dir, 'ye.txt'), '--out', out], { from: 'user' });
      } finally {
        process.stdout.write = write;
      }
      assert.match(printed, /read 1 places, wrote 1/);
      const rows = parseTable(readFileSync(out, 'utf8'));
      assert.deepEqual(rows.map((r) => [r['id'], r['kind'], r['name_ar']]), [['YE:gn9100001', 'village', 'قرية الاختبار']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
