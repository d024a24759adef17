/** Step 5: the what-if form, batch scoring, and the messages the store produces for them. */
export const predict = {
  'predict.title': 'Use the model',
  'predict.empty': 'Train a model to try it on new rows.',

  'predict.whatIf.title': 'Try it: what if…',
  'predict.whatIf.intro': 'Change any value and the prediction updates. Ranges span the values in your data.',
  'predict.whatIf.introRanked': 'Change any value and the prediction updates. Ranges span the values in your data; the columns that matter most come first.',
  'predict.whatIf.range': '{column}, from {min} to {max}',
  'predict.whatIf.dateHint': 'a date, written as in your file (empty: a typical date)',
  'predict.whatIf.prediction': 'Prediction: {value}',
  'predict.whatIf.notesLabel': 'Notes on the values used',
  'predict.whatIf.pending': 'Working out the prediction…',

  // A row's notes, as the worker writes them in English into the scored file (core/dataset/encode.ts).
  'predict.note.missing': '{column}: column missing, filled in',
  'predict.note.unreadable': '{column}: "{value}" is not {what}, used {filled}',
  'predict.note.unseen': '{column}: "{value}" was not seen in training',
  'predict.note.number': 'a number',
  'predict.note.yesNo': 'yes or no',
  'predict.note.date': 'a date',

  'predict.batch.title': 'Score a file of new rows',
  'predict.batch.choose': 'Choose a CSV with the same columns (the column to predict may be missing)',
  'predict.batch.download': 'Download predictions',
  'predict.batch.reading': 'Scoring {file}: reading the file…',
  'predict.batch.progress': 'Scoring {file}: {done} of {total} rows…',
  'predict.batch.progressLabel': 'Scoring progress',
  // Sentences after one another: Chinese needs no space after its full stop.
  'predict.batch.summary': '{ready} {notes} {formulas}',
  'predict.batch.ready': { one: '{file} is ready: {count} row, with the prediction and its probabilities.', other: '{file} is ready: {count} rows, each with the prediction and its probabilities.' },
  'predict.batch.notes': {
    one: '{count} row has a note in the column {column} on a missing column, an unknown category or an unreadable value, which was filled in.',
    other: '{count} rows have a note in the column {column} on a missing column, an unknown category or an unreadable value, which was filled in.',
  },
  'predict.batch.noNotes': 'Every value could be read as in training.',
  'predict.batch.formulas': 'Cells that a spreadsheet would run as a formula start with an apostrophe.',

  'predict.error.scoreFile': '"{file}" could not be scored. {reason}',
  'predict.error.whatIf': 'The what-if prediction failed. {reason}',
} as const;
