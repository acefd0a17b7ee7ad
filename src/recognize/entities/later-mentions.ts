// Mentions that only make sense once the article has named someone: a surname alone
// ("بوريطة" after "ناصر بوريطة"), a description with a nationality ("الوزير المغربي"), and a
// generic noun for the organisation the article is about ("التنظيم", "الحركة", "التحالف").
// One pass over the tokens the named mentions left free.
import type { Gazetteer } from '../../gazetteer/index.js';
import { fullest, nameWords, type Group } from '../../resolve/coreference.js';
import { stripArticle } from '../../text/tokens.js';
import { spanOf } from './candidate.js';
import { joined, type TokenView } from './view.js';
import { isDefinite } from './words.js';

const ARMED = /armed|group|jihad|terror|insurg|militia|rebel|faction|organisation|organization/i;

export function addLaterMentions(v: TokenView, g: Gazetteer, groups: Group[], covered: Uint8Array): void {
  const surnames = new Map<string, Group | null>();
  for (const gr of groups) {
    if (gr.type !== 'PER') continue;
    const w = nameWords(fullest(gr));
    if (w.length < 2) continue;
    const last = w[w.length - 1]!;
    if (last.length < 3 || g.stopWords.has(last) || g.nationalities.has(last) || g.nationalities.has('ال' + last)) continue;
    surnames.set(last, surnames.has(last) && surnames.get(last) !== gr ? null : gr);
  }
  const orgs = groups.filter((gr) => gr.type === 'ORG');
  const orgWords = new Map(orgs.map((gr) => [gr, new Set(nameWords(fullest(gr)))] as const));

  for (let t = 0; t < v.words.length; t++) {
    if (covered[t]) continue;
    for (const f of v.firsts(t)) {
      if (f.restoredArticle) continue;
      const person = surnames.get(stripArticle(f.form));
      if (person) {
        person.mentions.push({ type: 'PER', ...spanOf(v, t, t + 1, f.skip), how: 'surname', at: t });
        covered[t] = 1;
        break;
      }
      const d = g.descriptors.get(f.form);
      if (!d) continue;
      if (d.type === 'PER') {
        const iso = t + 1 < v.words.length && joined(v, t + 1) ? g.nationalities.get(v.words[t + 1]!) : undefined;
        if (!iso || covered[t + 1]) break;
        const target = latestBefore(groups.filter((gr) => gr.type === 'PER' && (gr.country === iso || gr.attributes['nationality'] === iso)), t);
        if (target) {
          target.mentions.push({ type: 'PER', ...spanOf(v, t, t + 2, f.skip), how: 'description', at: t });
          covered[t] = covered[t + 1] = 1;
        }
      } else {
        const head = stripArticle(f.form);
        let pool = orgs.filter((gr) => orgWords.get(gr)!.has(head));
        if (pool.length === 0 && (head === 'تنظيم' || head === 'جماعه')) pool = orgs.filter((gr) => gr.actor && ARMED.test(gr.actor.type));
        if (pool.length === 0) break;
        const target = pool.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x));
        let end = t + 1;
        const adj = v.words[end];
        if (adj !== undefined && joined(v, end) && !covered[end] && isDefinite(adj) && /يه?$/u.test(adj) && !g.nationalities.has(adj)) end++;
        target.mentions.push({ type: 'ORG', ...spanOf(v, t, end, f.skip), how: 'description', at: t });
        for (let k = t; k < end; k++) covered[k] = 1;
      }
      break;
    }
  }
}

function latestBefore(groups: Group[], t: number): Group | undefined {
  let best: Group | undefined;
  let bestAt = -1;
  for (const gr of groups) {
    for (const m of gr.mentions) if (m.at < t && m.at > bestAt) { best = gr; bestAt = m.at; }
  }
  return best ?? groups[0];
}
