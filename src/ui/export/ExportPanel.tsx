import { useState } from 'react';
import { formatDifference, type BundleVerification } from '../../core/export/verification';
import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { downloadFile } from '../shared/download';
import { Section } from '../shared/Section';

/** The model bundle download, and what the worker's check of the bundle found. */
export function ExportPanel() {
  const { t } = useT();
  const result = useStore((s) => s.result);
  const exportBundle = useStore((s) => s.exportBundle);
  const busy = isBusy(useTrainingStatus());
  const [packing, setPacking] = useState(false);
  const [verification, setVerification] = useState<BundleVerification | null>(null);

  const download = async () => {
    setPacking(true);
    setVerification(null);
    const bundle = await exportBundle();
    setPacking(false);
    if (!bundle) return;
    setVerification(bundle.verification);
    downloadFile(bundle.zip as Uint8Array<ArrayBuffer>, bundle.fileName, 'application/zip');
  };

  return (
    <Section step={6} title={t('export.title')} id="export">
      <button type="button" className="primary" disabled={!result || busy || packing} onClick={() => void download()} data-testid="download-bundle-button">
        {t('export.download')}
      </button>
      <p className="muted">{t('export.contents')}</p>
      {packing && <p role="status">{t('export.packing')}</p>}
      {verification && <VerificationLine verification={verification} />}
    </Section>
  );
}

function VerificationLine({ verification }: { verification: BundleVerification }) {
  const { t } = useT();
  if (!verification.ok) {
    return (
      <p className="warning" role="status" data-testid="bundle-verification" data-state="failed">
        {t('export.notVerified', { problem: verification.problem })}
      </p>
    );
  }
  const largest = Math.max(verification.tfjsDifference, verification.onnxDifference);
  return (
    <p role="status" data-testid="bundle-verification" data-state="verified" data-largest-difference={largest}>
      {t('export.verified', { largest: formatDifference(largest), rows: verification.rowsCompared, tfjs: formatDifference(verification.tfjsDifference), onnx: formatDifference(verification.onnxDifference) })}
    </p>
  );
}
