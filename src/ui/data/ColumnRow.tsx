import { useState } from 'react';
import type { ColumnProfile } from '../../core/csv/profile';
import type { ReasonId } from '../../core/csv/texts';
import { factsOf, resolveColumn, type ColumnChoice, type ColumnRole } from '../../core/dataset/plan';
import { phrase } from '../../core/text';
import type { PlainKey } from '../../i18n/translate';
import type { Translator } from '../../i18n/translator';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { CategoryBars, HistogramChart } from './ColumnChart';
import { ColumnChoices } from './ColumnChoices';
import { describeValues, formatShare, TYPE_WORDS } from './formatStats';

const ROLE_WORDS: Record<ColumnRole, PlainKey> = { numeric: 'type.numeric', categorical: 'type.categorical', boolean: 'type.boolean', date: 'type.date', excluded: 'role.excluded' };
/** Reasons that only repeat the type; the others (an identifier, codes with leading zeros) are worth showing. */
const PLAIN_REASONS = new Set<ReasonId>(['reason.numbers', 'reason.categories', 'reason.dates', 'reason.yesNo']);
const dayLabel = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** One column: its type (which the person may change), what is in it, a small chart, and its preparation. */
export function ColumnRow({ profile, choice, isTarget, rowCount }: { profile: ColumnProfile; choice: ColumnChoice | undefined; isTarget: boolean; rowCount: number }) {
  const tr = useT();
  const { t } = tr;
  const setChoice = useStore((s) => s.setColumnChoice);
  const [open, setOpen] = useState(false);
  const resolved = resolveColumn(profile, choice, factsOf(profile));
  const role = resolved.role;
  const roles: ColumnRole[] = [...profile.usableAs, 'excluded'];
  const distinct = `${tr.number(profile.distinct)}${profile.distinctAtLeast ? '+' : ''}`;
  const type = t(TYPE_WORDS[profile.type]);
  return (
    <>
      <tr data-testid="column-row" data-column={profile.name} data-type={profile.type} data-role={isTarget ? 'target' : role}>
        <th scope="row">
          <span className="column-name" translate="no">
            {profile.name}
          </span>
          <span className="data-note">{PLAIN_REASONS.has(profile.reasonId) ? type : t('columns.typeWithReason', { type, reason: phrase(profile.reasonId) })}</span>
        </th>
        <td>
          {isTarget ? (
            <strong>{t('columns.predicted')}</strong>
          ) : (
            <select aria-label={t('columns.useOf', { column: profile.name })} data-testid="column-type-select" value={role} onChange={(event) => setChoice(profile.name, { role: event.target.value as ColumnRole })}>
              {roles.map((option) => (
                <option key={option} value={option}>
                  {t(ROLE_WORDS[option])}
                </option>
              ))}
            </select>
          )}
        </td>
        <td className="number" data-testid="column-missing" data-missing={profile.missing}>
          {formatShare(profile.missing + (role === 'numeric' || role === 'date' ? profile.unreadable : 0), rowCount)}
        </td>
        <td className="number">{distinct}</td>
        <td className="values">{describeValues(profile, role === 'excluded' ? profile.type : role, tr)}</td>
        <td>{chartFor(profile, role === 'excluded' ? profile.type : role, tr)}</td>
        <td>
          {!isTarget && role !== 'excluded' && (
            <button type="button" className="link" aria-expanded={open} data-testid="column-options-button" onClick={() => setOpen(!open)}>
              {t(open ? 'columns.hide' : 'columns.options')}
            </button>
          )}
        </td>
      </tr>
      {open && !isTarget && role !== 'excluded' && (
        <tr className="choices-row">
          <td colSpan={7}>
            <ColumnChoices profile={profile} choice={choice} resolved={resolved} />
          </td>
        </tr>
      )}
    </>
  );
}

function chartFor(profile: ColumnProfile, role: string, { t }: Translator) {
  if (role === 'date' && profile.date) return <HistogramChart histogram={profile.date.histogram} label={t('chart.dates', { column: profile.name })} formatEdge={dayLabel} />;
  if (role === 'numeric' && profile.histogram) return <HistogramChart histogram={profile.histogram} label={t('chart.distribution', { column: profile.name })} />;
  if (profile.top.length > 0) return <CategoryBars counts={profile.top} total={profile.present} limit={3} />;
  return null;
}
