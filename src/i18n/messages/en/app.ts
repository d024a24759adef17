/** The frame of the page, the shared pieces, and the messages the store produces. */
export const app = {
  'app.documentTitle': 'Layerlab: neural networks on your own data, in the browser',
  'app.tagline': 'Build and train a neural network on your own table. Everything runs in this browser tab: your data never leaves this device.',
  'app.footer': 'Sample data: MLC++ churn, palmerpenguins and Sacramento homes, via the R package modeldata.',
  'app.language': 'Language',

  'common.notAvailable': 'n/a',
  'common.colon': ': ',

  'error.dismiss': 'Dismiss',
  'error.dismissLabel': 'Dismiss this message',
  'error.unexpected': 'Something went wrong: {detail}. Your work is kept; try again.',
  'error.noSuchSample': 'There is no built-in sample called "{wanted}". Available: {available}.',
  'error.fileTooLarge': '"{file}" is {size} GB; Layerlab reads files up to {limit} GB. Remove rows or columns you do not need and try again.',
  'error.fileUnusable': '"{file}" could not be used. {reason}',
  'error.layersFileUnusable': '"{file}" could not be opened. {reason}',
} as const;
