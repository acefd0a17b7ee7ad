// Initiator and target of one trigger. Analysts prefer an empty actor to a wrong one, so an
// organisation becomes an actor only with positional evidence: the subject right after a
// verb trigger (Arabic is verb-first) or right before it, the complement of a noun trigger
// ("هجوم لداعش", "غارات طائرات التحالف"), an agent phrase ("نفذه", "على يد"), a claim
// ("أعلن … مسؤوليته"), or the two sides of "بين … و…" / "مع".
import type { Entity } from '../types.js';
import type { EntityMention } from './arguments.js';

/** Organisations that report incidents rather than take part in them. */
const REPORTERS = new Set(['media', 'monitor']);
const ARMED = new Set(['jihadist', 'rebel', 'militia', 'state_force', 'coalition']);
const VIOLENT = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

/** How many words may separate an actor from its trigger. */
export const ACTOR_WINDOW_WORDS = 5;

export function isArmed(e: Entity): boolean {
  if (e.type !== 'ORG') return false;
  const t = e.attributes?.type;
  return t === undefined || ARMED.has(t);
}

const TARGET_BEFORE = /(?:^|\s)(?:[وف]?(?:ضد|على|علي|استهدف\p{L}*|تستهدف|يستهدف|مواقع|صفوف|معاقل|مقرات|دوري[ةه]|عناصر|جنود|ضباط|أفراد|افراد|عنصرا|جنديا|من))\s+(?:\p{L}+\s+)?$/u;
const WITH_BEFORE = /(?:^|\s)(?:مع|و)\s*$/u;
const AGENT_BEFORE = /(?:^|\s)(?:نفذه|نفذها|نفذته|شنه|شنها|شنته|نصبه|نصبها|تبناه|تبنته|يد|قبل|طائرات|طيران|مسلحو|مسلحي|عناصر من)\s+$/u;
const CLAIM_AFTER = /^\s*(?:\p{L}+\s+){0,3}?(?:مسؤوليته|مسؤوليتها|المسؤولية)/u;

function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  const s = text.slice(a, b).trim();
  return s ? s.split(/\s+/).length : 0;
}

export interface ActorPair { actor1: string | null; actor2: string | null }

export function actorsOf(
  type: string,
  text: string,
  sent: { start: number; end: number },
  trigger: { start: number; end: number },
  inSent: EntityMention[],
  speakerSpans: Array<{ start: number; end: number }>,
): ActorPair {
  const candidates = inSent.filter((m) => {
    if (m.ent.type !== 'ORG' || REPORTERS.has(m.ent.attributes?.type ?? '')) return false;
    // Violence is done by armed organisations; a ministry in the sentence usually speaks about it.
    if (VIOLENT.has(type) && !isArmed(m.ent)) return false;
    // The speaker of a statement reports the incident ("وقالت الشرطة إن…").
    return !speakerSpans.some((q) => m.start >= q.start && m.end <= q.end);
  });
  let actor1: string | null = null;
  let actor2: string | null = null;
  let agentScore = 0;
  for (const m of candidates) {
    const before = text.slice(Math.max(sent.start, m.start - 30), m.start);
    const after = text.slice(m.end, Math.min(sent.end, m.end + 40));
    const afterTrigger = m.start >= trigger.end;
    const gap = afterTrigger ? wordsBetween(text, trigger.end, m.start) : wordsBetween(text, m.end, trigger.start);
    let score = 0;
    if (CLAIM_AFTER.test(after)) score = 5;
    else if (AGENT_BEFORE.test(before) && afterTrigger) score = 4;
    else if (TARGET_BEFORE.test(before)) {
      if (!actor2) actor2 = m.ent.text;
      continue;
    } else if (afterTrigger && gap <= 1) score = 3; // "قصف الجيش", "هجوم لداعش"
    else if (!afterTrigger && gap <= ACTOR_WINDOW_WORDS) score = 2; // "داعش يباغت … بكمين"
    else if (afterTrigger && gap <= ACTOR_WINDOW_WORDS) score = 1;
    // The only armed organisation of the sentence, not marked as a target, is its initiator
    // ("ارتكبت ميليشيات … أمس مجزرة"): farther from the trigger than the window allows.
    else if (isArmed(m.ent)) score = 0.5;
    if (afterTrigger && WITH_BEFORE.test(before) && actor1) {
      if (!actor2) actor2 = m.ent.text; // "اشتباكات بين X و Y", "مواجهات مع Y"
      continue;
    }
    if (score > agentScore) { actor1 = m.ent.text; agentScore = score; }
  }
  if (actor2 === actor1) actor2 = null;
  return { actor1, actor2 };
}
