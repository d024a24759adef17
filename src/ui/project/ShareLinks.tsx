import { useState } from 'react';
import { HIDEABLE_SETTINGS, type HideableSetting, type WorkshopLocks } from '../../core/project/project';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

const NO_LOCKS: WorkshopLocks = { data: false, layers: false, training: false, hidden: [] };

/** A share link (setup only), or a workshop link that locks chosen parts for participants. */
export function ShareLinks() {
  const { t } = useT();
  const shareLink = useStore((s) => s.shareLink);
  const [locks, setLocks] = useState<WorkshopLocks>({ data: true, layers: false, training: true, hidden: [] });
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const make = (chosen: WorkshopLocks | null) => {
    const url = shareLink(chosen && (chosen.data || chosen.layers || chosen.training || chosen.hidden.length > 0) ? chosen : null);
    setLink(url);
    setCopied(false);
    navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
  };
  const lockBox = (key: 'data' | 'layers' | 'training', label: string) => (
    <label key={key}>
      <input type="checkbox" checked={locks[key]} onChange={(event) => setLocks({ ...locks, [key]: event.target.checked })} data-testid={`lock-${key}`} /> {label}
    </label>
  );

  return (
    <div className="share-links">
      <button type="button" onClick={() => make(NO_LOCKS)} data-testid="share-link-button" title={t('project.shareHelp')}>
        {t('project.share')}
      </button>
      <details>
        <summary>{t('project.workshop')}</summary>
        <p className="muted">{t('project.workshopHelp')}</p>
        {lockBox('data', t('project.lockData'))}
        {lockBox('layers', t('project.lockLayers'))}
        {lockBox('training', t('project.lockTraining'))}
        <fieldset className="hide-settings">
          <legend>{t('workshop.hide.legend')}</legend>
          {HIDEABLE_SETTINGS.map((name) => (
            <label key={name}>
              <input type="checkbox" checked={locks.hidden.includes(name)} onChange={(event) => setLocks({ ...locks, hidden: toggled(locks.hidden, name, event.target.checked) })} data-testid={`hide-${name}`} />{' '}
              {t(`workshop.setting.${name}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => make(locks)} data-testid="workshop-link-button">
          {t('project.makeLink')}
        </button>
      </details>
      {link && (
        <label className="field">
          <span>{t('project.linkLabel')}</span>
          <input readOnly value={link} onFocus={(event) => event.target.select()} data-testid="share-link" />
          {copied && <small role="status">{t('project.copied')}</small>}
        </label>
      )}
    </div>
  );
}

/** The hidden list with `name` in or out, in the settings form's order. */
function toggled(hidden: readonly HideableSetting[], name: HideableSetting, hide: boolean): HideableSetting[] {
  return HIDEABLE_SETTINGS.filter((other) => (other === name ? hide : hidden.includes(other)));
}
