import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, type Locale } from '../../i18n/locales';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/** The language switcher: each language named in itself, so a person can find theirs whatever is shown. */
export function LanguageSelect() {
  const { t, locale } = useT();
  const setLocale = useStore((s) => s.setLocale);
  return (
    <label className="language-select">
      <span>{t('app.language')}</span>
      <select value={locale} data-testid="language-select" onChange={(event) => setLocale(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          // In its own language (so screen readers pronounce it right), never translated.
          <option key={option} value={option} lang={LOCALE_TAGS[option]} translate="no">
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
