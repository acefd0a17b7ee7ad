// Line-based removal of the furniture Arabic news sites print around an article (related
// links, share buttons, tag lists, captions, credits, copyright, CMS leftovers). The patterns
// are data (data/boilerplate/*.tsv); every removed line is counted under its rule's name so
// that cleaning can be audited.
import { loadTable } from '../data/table.js';
import { key } from '../text/normalize.js';

export type MatchKind = 'start' | 'exact' | 'block' | 'regex' | 'contains';

export interface BoilerplateRule {
  rule: string;
  match: MatchKind;
  pattern: string;
  /** Folded pattern (key()) for the phrase kinds; the compiled regex for 'regex'. */
  test: (line: string, lineKey: string) => boolean;
  maxWords: number | null;
  label: string;
}

export interface CleanResult {
  text: string;
  /** Lines removed, per rule name. */
  removed: Record<string, number>;
}

export const BOILERPLATE_FILES = ['related.tsv', 'share.tsv', 'tags.tsv', 'captions.tsv', 'cms.tsv'];
/** A link title under a related-links heading: short and not ending a sentence. */
export const BLOCK_LINE_MAX_WORDS = 14;
/** At most this many link lines are taken under one heading. */
export const BLOCK_MAX_LINES = 12;

const MATCH_KINDS = new Set<MatchKind>(['start', 'exact', 'block', 'regex', 'contains']);
const SENTENCE_END = /[.!:؛;]\s*$/u;

function compile(match: MatchKind, pattern: string): BoilerplateRule['test'] {
  if (match === 'regex') {
    const re = new RegExp(pattern, 'iu');
    return (line) => re.test(line);
  }
  const k = key(pattern);
  if (match === 'exact') return (_line, lk) => lk === k;
  if (match === 'contains') return (_line, lk) => ` ${lk} `.includes(` ${k} `);
  return (_line, lk) => lk === k || lk.startsWith(k + ' ');
}

export function loadBoilerplateRules(files: readonly string[] = BOILERPLATE_FILES): BoilerplateRule[] {
  const rules: BoilerplateRule[] = [];
  for (const file of files) {
    for (const row of loadTable(`boilerplate/${file}`)) {
      const match = row.match as MatchKind;
      if (!MATCH_KINDS.has(match)) throw new Error(`boilerplate/${file}: unknown match kind '${row.match}'`);
      rules.push({
        rule: row.rule!,
        match,
        pattern: row.pattern!,
        test: compile(match, row.pattern!),
        maxWords: row.max_words ? Number(row.max_words) : null,
        label: row.label_en ?? '',
      });
    }
  }
  return rules;
}

const DEFAULT_RULES = loadBoilerplateRules();

const wordCount = (lineKey: string): number => (lineKey ? lineKey.split(' ').length : 0);

/**
 * The most words a line can have and still match a rule that needs its folded key. Longer
 * lines (most body paragraphs) are only tried against unbounded regexes, without folding.
 */
function keyedWordBound(rules: readonly BoilerplateRule[]): number {
  let bound = 0;
  for (const r of rules) {
    if (r.maxWords !== null) bound = Math.max(bound, r.maxWords);
    else if (r.match !== 'regex') bound = Math.max(bound, wordCount(key(r.pattern)));
  }
  return bound;
}

const boundCache = new WeakMap<readonly BoilerplateRule[], { bound: number; unbounded: BoilerplateRule[] }>();

function ruleIndex(rules: readonly BoilerplateRule[]): { bound: number; unbounded: BoilerplateRule[] } {
  let i = boundCache.get(rules);
  if (!i) {
    i = { bound: keyedWordBound(rules), unbounded: rules.filter((r) => r.match === 'regex' && r.maxWords === null) };
    boundCache.set(rules, i);
  }
  return i;
}

/** Rough word count of a raw line: never more than the count of its key (which splits on punctuation too). */
function rawWords(line: string): number {
  let n = 1;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) n++;
  return n;
}

function match(rules: readonly BoilerplateRule[], line: string): { rule: BoilerplateRule | null; lk: string } {
  const idx = ruleIndex(rules);
  if (rawWords(line.replace(/\s+/g, ' ')) > idx.bound) {
    return { rule: idx.unbounded.find((r) => r.test(line, '')) ?? null, lk: '' };
  }
  const lk = key(line);
  return { rule: firstMatch(rules, line, lk), lk };
}

function firstMatch(rules: readonly BoilerplateRule[], line: string, lk: string): BoilerplateRule | null {
  const words = wordCount(lk);
  for (const r of rules) {
    if (r.maxWords !== null && words > r.maxWords) continue;
    if (r.test(line, lk)) return r;
  }
  return null;
}

function isLinkTitle(line: string, lk: string): boolean {
  const words = wordCount(lk);
  return words > 0 && words <= BLOCK_LINE_MAX_WORDS && !SENTENCE_END.test(line);
}

/** Removes boilerplate lines from any text (plain or extracted from HTML). */
export function removeBoilerplate(text: string, rules: readonly BoilerplateRule[] = DEFAULT_RULES): CleanResult {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  const removed: Record<string, number> = {};
  const count = (rule: string): void => {
    removed[rule] = (removed[rule] ?? 0) + 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const { rule, lk } = line ? match(rules, line) : { rule: null, lk: '' };
    if (!rule) {
      kept.push(lines[i]!);
      continue;
    }
    count(rule.rule);
    // A heading that stands alone ("اقرأ أيضاً:") owns the short link titles under it.
    if (rule.match === 'block' && lk === key(rule.pattern)) {
      let taken = 0;
      let j = i + 1;
      for (; j < lines.length && taken < BLOCK_MAX_LINES; j++) {
        const next = lines[j]!.trim();
        if (!next) {
          if (taken > 0) break;
          continue;
        }
        if (rawWords(next.replace(/\s+/g, ' ')) > BLOCK_LINE_MAX_WORDS) break;
        const nk = key(next);
        if (!isLinkTitle(next, nk) || firstMatch(rules, next, nk)) break;
        count(rule.rule);
        taken++;
      }
      // Blank lines skipped inside the block go with it; the line that ended it is kept.
      while (j > i + 1 && !lines[j - 1]!.trim()) j--;
      i = j - 1;
    }
  }
  return { text: collapseBlankLines(kept.join('\n')), removed };
}

function collapseBlankLines(text: string): string {
  return text.replace(/\n[ \t]*(?:\n[ \t]*)+\n/g, '\n\n').trim();
}
