/** The English of the data check and of targets that cannot be predicted (see core/text.ts). */

/** Why a column cannot be the target (target.ts). */
export const TARGET_TEXTS = {
  'target.identifier': '"{column}" is different in every row (an identifier or free text), so there is nothing to learn. Choose another column to predict.',
  'target.date': '"{column}" holds dates; Layerlab predicts categories and amounts, not dates. Choose another column, or predict a number of days computed from it.',
  'target.singleValue': '"{column}" has only one value ("{value}"), so there is nothing to predict. Choose a column with at least two different values.',
  'target.noValue': '"{column}" has only one value, so there is nothing to predict. Choose a column with at least two different values.',
  'target.tooManyClasses': '"{column}" has {distinct} different values; at most {max} classes are supported. Choose another column or group the values first.',
} as const;

/** Findings of the data check and the labels of their one-click fixes (checks.ts). */
export const CHECK_TEXTS = {
  'check.tooFewRows': 'Only {rows} rows have a usable value in "{target}"; at least {min} are needed to train and test a model. Add rows, or choose another column to predict.',
  'check.fewRows': 'Only {rows} rows can be used. The model will learn little and its test figures will vary a lot; more rows would help.',
  'check.targetMissing': '{rows} rows have no usable value in "{target}" and are left out.',
  'check.imbalanceAuto':
    'Only {share} of rows are "{value}", so class weights are on automatically: each class counts as much as the others in training. The model then finds more "{value}" rows, at the cost of more false alarms. Turn them off to learn the classes as often as they occur.',
  'check.imbalanceWeighted': 'Only {share} of rows are "{value}". Class weights are on: each class counts as much as the others in training.',
  'check.imbalance': 'Only {share} of rows are "{value}". A model can look accurate by rarely predicting it; class weights make each class count as much as the others.',
  'check.leak':
    '"{column}" alone nearly determines "{target}" ({strength} of the way from guessing to perfect). Such a column is usually recorded after the outcome — a cancellation date for churn, a payment for a sale — and will not be known when the model is used. Exclude it unless it will be.',
  'check.excluded': '"{column}" is left out: {reason}.',
  'check.mostlyMissing': '"{column}" is empty in {share} of rows; the gaps are filled in, which may mislead the model.',
  'check.manyValues': '"{column}" has {distinct} different values: the {kept} most frequent get an input each, the rest share one "other" input.',
  'check.manyValuesAtLeast': '"{column}" has more than {distinct} different values: the {kept} most frequent get an input each, the rest share one "other" input.',
  'check.unreadable': '{cells} cells in "{column}" are not numbers (such as "{example}"); they are treated as missing.',
  'check.dateOrderDayFirst': 'The dates in "{column}" could be day-first or month-first (no day is above 12). They are read day-first (31/12/2024); check that this is right.',
  'check.dateOrderMonthFirst': 'The dates in "{column}" could be day-first or month-first (no day is above 12). They are read month-first (12/31/2024); check that this is right.',
  'check.fix.classWeights': 'Use class weights',
  'check.fix.noClassWeights': 'Turn off class weights',
  'check.fix.exclude': 'Exclude "{column}"',
  'check.fix.dayFirst': 'Read day-first',
  'check.fix.monthFirst': 'Read month-first',
} as const;

/** Why the data cannot be prepared for training as asked (split.ts, fitInputs.ts, the worker's prepare.ts). */
export const DATA_ERROR_TEXTS = {
  'split.validationShare': 'The validation share must be between {min}% and {max}%.',
  'split.testShare': 'The test share must be between {min}% and {max}%.',
  'split.keepTraining': 'Keep at least {min}% of the rows for training.',
  'split.notDates': '"{column}" does not hold dates, so the rows cannot be split in time. Choose a date column or a random split.',
  'prepare.unknownTarget': 'There is no column "{column}" in this table. Choose the column to predict from the list.',
  'prepare.unknownColumn': 'There is no column "{column}" in this table.',
  'prepare.noInputs': 'Apart from "{target}" there is no column to learn from: every other column is excluded or holds nothing usable. Add input columns to the file, or include one in the column list.',
  'prepare.tooFewRows': 'Only {rows} rows have a usable value in "{target}"; at least {min} are needed to train and test a model.',
  'prepare.noValues': 'The input columns hold no values in the training rows, so there is nothing to learn "{target}" from. Include other columns.',
} as const;
