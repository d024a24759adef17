import { useState } from 'react';
import { formatDifference, type BundleVerification } from '../../core/export/verification';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { downloadFile } from '../shared/download';
import { Section } from '../shared/Section';

/** The model bundle download, and what the worker's check of the bundle found. */
export function ExportPanel() {
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
    <Section step={6} title="Download the model" id="export">
      <button type="button" className="primary" disabled={!result || busy || packing} onClick={() => void download()} data-testid="download-bundle-button">
        Download model (.zip)
      </button>
      <p className="muted">
        The zip holds the network twice (model.json + weights.bin for TensorFlow.js, model.onnx for ONNX Runtime), preprocessing.json (how raw columns
        become inputs), scoring scripts for Node and Python (predict.mjs, predict.py), keras_model.py to train further, and a model card. Layerlab reloads
        what it wrote and compares its predictions with the trained model before handing it over.
      </p>
      {packing && <p role="status">Packing and checking the model…</p>}
      {verification && <VerificationLine verification={verification} />}
    </Section>
  );
}

function VerificationLine({ verification }: { verification: BundleVerification }) {
  if (!verification.ok) {
    return (
      <p className="warning" role="status" data-testid="bundle-verification" data-state="failed">
        Not verified: {verification.problem} The zip was downloaded anyway; check its predictions before you rely on it.
      </p>
    );
  }
  const largest = Math.max(verification.tfjsDifference, verification.onnxDifference);
  return (
    <p role="status" data-testid="bundle-verification" data-state="verified" data-largest-difference={largest}>
      verified: largest difference {formatDifference(largest)} over {verification.rowsCompared} test rows (TensorFlow.js files {formatDifference(verification.tfjsDifference)}, ONNX{' '}
      {formatDifference(verification.onnxDifference)}).
    </p>
  );
}
