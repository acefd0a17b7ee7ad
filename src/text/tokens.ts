// Tokens over normalised text, with the separable proclitics Arabic writes onto the word
// (و ف ب ل ك ال لل س). A token keeps its whole surface; `readings` lists the ways to peel
// clitics off, so a lexicon lookup can try each without cutting names that only look like
// they carry one (وادي، بنغازي، وليد): the unpeeled reading always comes first.

export interface Token {
  /** Range in the normalised text. */
  start: number;
  end: number;
  text: string;
  isNumber: boolean;
}

export interface Reading {
  /** Clitics peeled off, in order (e.g. "و", "ب", "ال"). */
  prefix: string;
  stem: string;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.,][0-9]+)*/gu;

export function tokenize(normText: string): Token[] {
  const out: Token[] = [];
  for (const m of normText.matchAll(TOKEN_RE)) {
    const text = m[0];
    out.push({ start: m.index!, end: m.index! + text.length, text, isNumber: /^[0-9]/.test(text) });
  }
  return out;
}

const MIN_STEM = 2;

/**
 * The readings of a normalised word: as written, then with conjunction, preposition and
 * article peeled in every combination the grammar allows. لل is ل + ال with the alef elided.
 */
export function readings(word: string): Reading[] {
  const out: Reading[] = [{ prefix: '', stem: word }];
  const seen = new Set<string>([word]);
  const push = (prefix: string, stem: string) => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    out.push({ prefix, stem });
  };
  const conjs = ['', 'و', 'ف'];
  const preps = ['', 'ب', 'ل', 'ك'];
  for (const c of conjs) {
    if (c && !word.startsWith(c)) continue;
    const w1 = word.slice(c.length);
    for (const p of preps) {
      if (p && !w1.startsWith(p)) continue;
      const w2 = w1.slice(p.length);
      push(c + p, w2);
      if (w2.startsWith('ال')) push(c + p + 'ال', w2.slice(2));
      if (p === 'ل' && w2.startsWith('ل')) push(c + 'لل', w2.slice(1)); // لل = ل + ال
      if (p === '' && w2.startsWith('لل')) push(c + 'لل', w2.slice(2));
      if (p === '' && w2.startsWith('س') && /^س[يتنا]/.test(w2)) push(c + 'س', w2.slice(1));
    }
  }
  return out;
}

/** The word without the article or conjunction, as the scorer compares names. */
export function stripArticle(word: string): string {
  let w = word;
  if (w.length > 3 && /^[وف]ال/.test(w)) w = w.slice(1);
  if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}
