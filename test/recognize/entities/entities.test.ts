import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../helpers/corpus.js';
import { normalize } from '../../../src/text/normalize.js';
import { sentences } from '../../../src/text/sentences.js';
import { recognizeEntities } from '../../../src/recognize/entities/index.js';
import type { Entity } from '../../../src/types.js';
import { AMBIGUOUS, COREFERENCE, NEGATIVES, ORGANISATIONS, PEOPLE, PLACES } from './corpus.js';

function entities(text: string): Entity[] {
  const n = normalize(text);
  return recognizeEntities(n, sentences(n));
}

const named = (text: string) => entities(text).map((e) => `${e.type}:${e.text}`);

runCorpus('entities: places', PLACES, named);
runCorpus('entities: negatives', NEGATIVES, named);
runCorpus('entities: organisations', ORGANISATIONS, named);
runCorpus('entities: people', PEOPLE, named);
runCorpus('entities: ambiguous places', AMBIGUOUS, (t) =>
  entities(t).filter((e) => e.type === 'LOC').map((e) => `${e.text}@${e.country}`));
runCorpus('entities: coreference', COREFERENCE, (t) =>
  entities(t).map((e) => `${e.type}:${e.text}${e.aliases.length ? '=' + e.aliases.join('|') : ''}`));

describe('entity mentions', () => {
  it('point into the original text, clitics outside the span', () => {
    const text = 'وَصَلَ الوفدُ وبالموصل قُتِلَ جنديان، ثم عاد إلى الموصل.';
    const [mosul] = entities(text);
    assert.equal(mosul?.text, 'الموصل');
    assert.deepEqual(mosul?.mentions.map((m) => text.slice(m.start, m.end)), ['الموصل', 'الموصل']);
    assert.equal(mosul?.mentions[0]!.start, text.indexOf('وبالموصل') + 2);
  });

  it('keep diacritics and tatweel of the original inside the span', () => {
    const text = 'قصفت المدفعية بَغْـدَادَ.';
    const [e] = entities(text);
    assert.equal(text.slice(e!.mentions[0]!.start, e!.mentions[0]!.end), 'بَغْـدَادَ');
  });

  it('list every mention of one entity with how it was named', () => {
    const text = 'قال وزير الخارجية المغربي ناصر بوريطة إن الحل ممكن. وأضاف بوريطة أن الحوار مستمر.';
    const [p] = entities(text);
    assert.equal(p?.type, 'PER');
    assert.deepEqual(p?.mentions.map((m) => m.how), ['name', 'surname']);
    assert.equal(p?.attributes?.['nationality'], 'MA');
  });

  it('give places an id, a country and coordinates', () => {
    const [e] = entities('وصلت التعزيزات إلى الموصل.');
    assert.equal(e?.country, 'IQ');
    assert.ok(e?.id && e.id.startsWith('IQ:'));
    assert.equal(typeof e?.lat, 'number');
    assert.equal(typeof e?.lon, 'number');
    assert.ok(e?.attributes?.['kind']);
  });

  it('give state forces the country of their nationality', () => {
    const [e] = entities('قصفت القوات الأميركية مواقع للمسلحين.');
    assert.equal(e?.type, 'ORG');
    assert.equal(e?.country, 'US');
  });

  it('do not read a nationality adjective alone as a place', () => {
    assert.deepEqual(named('قال مسؤول عراقي إن الجنود العراقيين بخير.'), []);
  });
});
