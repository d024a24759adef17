/** Step 6: the model bundle download and the check of what was written. */
export const exporting = {
  'export.title': 'Download the model',
  'export.download': 'Download model (.zip)',
  'export.contents':
    'The zip holds the network twice (model.json + weights.bin for TensorFlow.js, model.onnx for ONNX Runtime), preprocessing.json (how raw columns become inputs), scoring scripts for Node and Python (predict.mjs, predict.py), keras_model.py to train further, and a model card. Layerlab reloads what it wrote and compares its predictions with the trained model before handing it over.',
  'export.packing': 'Packing and checking the model…',
  'export.notVerified': 'Not verified: {problem} The zip was downloaded anyway; check its predictions before you rely on it.',
  'export.verified': 'verified: largest difference {largest} over {rows} test rows (TensorFlow.js files {tfjs}, ONNX {onnx}).',
} as const;
