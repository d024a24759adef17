import { Fragment, type ReactNode } from 'react';

/** Marks an element's place in a worded sentence; no message or value contains it. */
const MARK = '\u0000';

/**
 * A translated sentence with some of its values shown as elements (a figure in bold, an `<output>`),
 * wherever the language puts them: `fill` words the message with a marker for each element, and the
 * markers are then swapped for the elements.
 *
 *   withElements({ profit: <strong>{amount}</strong> }, (marks) => t('evaluate.profit.best', { ...values, ...marks }))
 */
export function withElements<Name extends string>(elements: Readonly<Record<Name, ReactNode>>, fill: (marks: Record<Name, string>) => string): ReactNode[] {
  const names = Object.keys(elements) as Name[];
  const marks = Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`])) as Record<Name, string>;
  return fill(marks)
    .split(MARK)
    .map((part, i) => (i % 2 === 1 && (names as string[]).includes(part) ? <Fragment key={i}>{elements[part as Name]}</Fragment> : part));
}
