// Interface text lookup: t(key, params) fills {name} placeholders from the active catalogue; tn picks the
// plural form the language's rules call for. A new language is one more file typed as Catalogue.
import { en, type MessageKey } from './en';

export type { MessageKey };
export type Catalogue = { readonly [K in MessageKey]: string };
export type Params = Record<string, string | number>;

const active: Catalogue = en;
const plurals = new Intl.PluralRules('en');

export function t(key: MessageKey, params: Params = {}): string {
  return active[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Keys with plural forms end in .one, .other (and .few, .many where a language has them). */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

export function tn(key: PluralBase, count: number, params: Params = {}): string {
  const form = `${key}.${plurals.select(count)}`;
  return t((form in active ? form : `${key}.other`) as MessageKey, { count, ...params });
}

/** For keys built from data (a statechart's state names): the raw id when the catalogue has no text for it. */
export function tOr(key: string, fallback: string): string {
  return key in active ? t(key as MessageKey) : fallback;
}
