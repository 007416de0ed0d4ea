import type { OnetSource } from '../onet/onet.catalog';
import { ownTitleWords, words } from './autocode.text';

/**
 * The evaluation hold-out of the occupation autocoder. An O*NET alternate title is held out when
 * the FNV-1a hash of "onet-autocode:" + its key falls in buckets 0–79 of 1000 (about 8%). The key
 * is the title as the coder reads it (`titleKey`: normalized, stop words dropped, plurals
 * stemmed), not its code, so "Nurse Aide" and "Nurses Aide" go the same way, and a title O*NET
 * lists under several occupations is held out for all of them: a held-out title never reaches the
 * index by another way. A title whose key is an occupation's own title ("Registered Nurse") is
 * never held out. Buckets 80–159 are a development split: indexed in the product, left out only
 * when tuning (`--dev` in the bench), so that weights are chosen without looking at the hold-out.
 */
const HOLDOUT_BUCKETS = 80;
const DEV_BUCKETS = 160;

export type TitleRole = 'index' | 'dev' | 'holdout';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A title as the coder reads it; equal keys are the same title to the coder. */
export const titleKey = (title: string) => words(title).join(' ');

/** An occupation's own title as the coder reads it (without its "Except …" part). */
export const ownTitleKey = (title: string) => ownTitleWords(title).join(' ');

/** The role of one alternate title, by its key. */
export function titleRole(key: string): TitleRole {
  const bucket = fnv1a(`onet-autocode:${key}`) % 1000;
  return bucket < HOLDOUT_BUCKETS ? 'holdout' : bucket < DEV_BUCKETS ? 'dev' : 'index';
}

/** One title to code in an evaluation, with every occupation O*NET lists it under. */
export interface EvaluationTitle {
  title: string;
  codes: string[];
}

export interface TitleSplit {
  /** The alternate-title rows the coder may index. */
  indexed: OnetSource['titles'];
  /** The titles to evaluate on, none of which is in `indexed`, in titles.json order. */
  evaluation: EvaluationTitle[];
}

/**
 * Splits titles.json for the coder and the bench. `tuning` evaluates on the development split and
 * indexes neither it nor the hold-out; otherwise the hold-out is the evaluation set and the
 * development split is indexed.
 */
export function splitTitles(source: OnetSource, tuning = false): TitleSplit {
  const own = new Set(source.occupations.map((o) => ownTitleKey(o.title)));
  const leftOut = (role: TitleRole) => role === 'holdout' || (tuning && role === 'dev');
  const evaluated: TitleRole = tuning ? 'dev' : 'holdout';
  const indexed: OnetSource['titles'] = [];
  const evaluation = new Map<string, EvaluationTitle>();
  for (const row of source.titles) {
    const [title, index] = row;
    const key = titleKey(title);
    const code = source.occupations[index]?.code;
    if (!key || !code) continue;
    const role = own.has(key) ? 'index' : titleRole(key);
    if (!leftOut(role)) {
      indexed.push(row);
      continue;
    }
    if (role !== evaluated) continue;
    const item = evaluation.get(key);
    if (!item) evaluation.set(key, { title, codes: [code] });
    else if (!item.codes.includes(code)) item.codes.push(code);
  }
  return { indexed, evaluation: [...evaluation.values()] };
}
