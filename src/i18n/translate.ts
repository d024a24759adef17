/**
 * Messages by key: `{name}` placeholders, plural forms chosen by `{count}`, numbers formatted for the
 * locale, and phrases from the core or the store. A key the Chinese catalogue lacks cannot compile, and
 * the placeholders each key takes are checked against the English.
 */
import { fillTemplate, formatNumber, phrase, type Phrase, type PhraseValue } from '../core/text';
import { LOCALE_TAGS, type Locale } from './locales';
import { en } from './messages/en';
import type { Catalogue, Message } from './messages/types';
import { zh } from './messages/zh';

export type MessageKey = keyof typeof en;

type Forms<M> = M extends string ? M : M[keyof M] & string;
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The placeholders a message takes, read from its English. */
export type ParamName<K extends MessageKey> = Placeholders<Forms<(typeof en)[K]>>;
/** Keys of messages without placeholders: what tables of words (a type → its name) hold. */
export type PlainKey = { [K in MessageKey]: [ParamName<K>] extends [never] ? K : never }[MessageKey];
/** A message without placeholders takes no values; one with placeholders needs all of them. */
export type ParamArgs<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: Readonly<Record<ParamName<K>, PhraseValue>>];

const CATALOGUES: Record<Locale, Catalogue> = { en, zh };
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_TAGS[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function templateOf(message: Message, locale: Locale, count: PhraseValue | undefined): string {
  if (typeof message === 'string') return message;
  return message[pluralCategory(locale, typeof count === 'number' ? count : Number.NaN)] ?? message.other;
}

/**
 * The message `id` in this locale. An id no catalogue knows (a phrase from a newer worker) falls back to
 * English, then to the id itself, rather than showing nothing.
 */
function render(locale: Locale, id: string, params: Readonly<Record<string, PhraseValue>>): string {
  const message = (CATALOGUES[locale] as Partial<Record<string, Message>>)[id] ?? (en as Partial<Record<string, Message>>)[id];
  if (message === undefined) return id;
  return fillTemplate(templateOf(message, locale, params.count), params, LOCALE_TAGS[locale], (nested) => render(locale, nested.id, nested.params));
}

export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamArgs<K>): string {
  return render(locale, key, params ?? {});
}

/** A message to be worded later, in whatever language the person has then: what the store keeps for errors. */
export function phraseFor<K extends MessageKey>(key: K, ...[params]: ParamArgs<K>): Phrase<K> {
  return phrase(key, params ?? {});
}

/** A phrase made elsewhere (the core, the store), in this locale. */
export function translatePhrase(locale: Locale, text: Phrase): string {
  return render(locale, text.id, text.params);
}

/** A number as the locale writes it (grouped, no float noise). */
export const formatNumberFor = (locale: Locale, value: number): string => formatNumber(LOCALE_TAGS[locale], value);
