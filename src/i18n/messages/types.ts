/** A message: one template, or plural forms picked by its `{count}` (`other` is required, Chinese needs no more). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralForms;

/** A catalogue part in another language: exactly the keys of its English part, each with a message. */
export type Translation<English> = { readonly [K in keyof English]: Message };

export type Catalogue = Readonly<Record<string, Message>>;
