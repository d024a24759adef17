import * as tf from '@tensorflow/tfjs';

/** The two files of the tfjs layers format, ready to be written side by side. */
export interface LayersModelFiles {
  modelJson: string;
  weights: Uint8Array;
}

/**
 * Saves through a custom handler: `downloads://` needs `document`, which a worker does not have.
 * The manifest points at `weights.bin`, so `tf.loadLayersModel('file://.../model.json')` works unchanged.
 */
export async function layersModelFiles(model: tf.LayersModel): Promise<LayersModelFiles> {
  let files: LayersModelFiles | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0));
      const modelJson = {
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      files = { modelJson: JSON.stringify(modelJson), weights: new Uint8Array(weightData) };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!files) throw new Error('The model could not be serialised.');
  return files;
}

/** Loads the files written above, e.g. to check a bundle against the model that wrote it. */
export async function loadLayersModelFiles(files: LayersModelFiles): Promise<tf.LayersModel> {
  const json = JSON.parse(files.modelJson) as { modelTopology: object; weightsManifest: Array<{ weights: tf.io.WeightsManifestEntry[] }> };
  const weights = files.weights.slice().buffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest.flatMap((group) => group.weights), weightData: weights }),
  );
}
