// The readable form of an analysis for a terminal: one block per section, each item with
// the words it came from.
import type { Analysis } from '../types.js';

export function formatAnalysis(a: Analysis, name = ''): string {
  const out: string[] = [];
  out.push(`── ${name || a.doc || 'article'}${a.title ? ': ' + a.title : ''}`);
  out.push(`   published ${a.published ?? 'unknown'} · ${a.relevant ? 'reports conflict/security events' : 'no conflict event found'}`);
  if (a.events.length) {
    out.push(`   events (${a.events.length})`);
    for (const e of a.events) {
      const who = [e.actor1, e.actor2].filter(Boolean).join(' → ');
      const toll = [e.killed !== null ? `${e.killed} killed` : '', e.injured !== null ? `${e.injured} injured` : ''].filter(Boolean).join(', ');
      out.push(`     • ${e.date ?? '????'} ${e.type}/${e.sub_type} ${e.place ?? ''} ${e.country ?? ''} ${who} ${toll}`.replace(/\s+/g, ' '));
      out.push(`       «${e.evidence[0]}»`);
    }
  }
  const ents = (t: string) => a.entities.filter((e) => e.type === t).map((e) => e.text);
  for (const [t, label] of [['PER', 'people'], ['ORG', 'organisations'], ['LOC', 'places']] as const) {
    const names = ents(t);
    if (names.length) out.push(`   ${label} (${names.length}): ${names.join('، ')}`);
  }
  if (a.dates.length) out.push(`   dates (${a.dates.length}): ${a.dates.map((d) => `${d.text.replace(/\s+/g, ' ')} = ${d.value}`).join(' | ')}`);
  if (a.figures.length) out.push(`   figures (${a.figures.length}): ${a.figures.map((f) => `${f.text.replace(/\s+/g, ' ')} = ${f.value} ${f.kind}${f.bound !== 'exact' ? ' (' + f.bound + ')' : ''}`).join(' | ')}`);
  if (a.quotes.length) out.push(`   quotes (${a.quotes.length}): ${a.quotes.map((q) => `${q.speaker} (${q.cue})`).join(' | ')}`);
  return out.join('\n');
}
