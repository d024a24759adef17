import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/** What could ruin a model on this data, in plain words, each with its one-click fix where there is one. */
export function DataCheckPanel() {
  const { t, say } = useT();
  const report = useStore((s) => s.dataCheck);
  const applyFix = useStore((s) => s.applyFix);
  if (!report) return null;
  const problems = report.findings.filter((f) => f.severity !== 'info').length;
  return (
    <section className="data-check" aria-labelledby="data-check-title" data-testid="data-check" data-problems={problems}>
      <h3 id="data-check-title">{t(problems === 0 ? 'check.titleClean' : 'check.title')}</h3>
      {report.findings.length > 0 && (
        <ul>
          {report.findings.map((finding) => (
            <li key={finding.id} className={`finding finding-${finding.severity}`} data-testid="data-finding" data-id={finding.id} data-severity={finding.severity}>
              <strong>{t('severity.label', { severity: t(`severity.${finding.severity}`) })}</strong>
              {t('severity.gap')}
              {say(finding.text)}
              {finding.fix && (
                <button type="button" className="small" data-testid="fix-button" data-fix={finding.fix.kind} onClick={() => finding.fix && applyFix(finding.fix)}>
                  {say(finding.fix.labelText)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
