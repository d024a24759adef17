import { useEffect } from 'react';
import { LOCALE_TAGS } from '../../i18n/locales';
import { useT } from '../../i18n/useT';

/** Keeps `<html lang>` and the tab's title in the page's language: screen readers and fonts follow `lang`. */
export function useDocumentLocale(): void {
  const { t, locale } = useT();
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAGS[locale];
    document.title = t('app.documentTitle');
  }, [t, locale]);
}
