import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import './presenter.css';

/**
 * Switches the presenter view: large type and key figures for a projector (issue 8). The view is a mark
 * on <html>, so that every size given in rem grows with it and no component needs to know.
 */
export function PresenterToggle() {
  const { t } = useT();
  const presenter = useStore((s) => s.presenter);
  const setPresenter = useStore((s) => s.setPresenter);
  useEffect(() => {
    if (presenter) document.documentElement.dataset.presenter = 'on';
    else delete document.documentElement.dataset.presenter;
  }, [presenter]);
  return (
    <button type="button" className="presenter-toggle" aria-pressed={presenter} title={t('workshop.presenter.help')} onClick={() => setPresenter(!presenter)} data-testid="presenter-toggle">
      {t('workshop.presenter.button')}
    </button>
  );
}
