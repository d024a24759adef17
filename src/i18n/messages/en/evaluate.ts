/**
 * Step 4: how good the model is on the test rows. Class and column names come in as values and are
 * quoted by the message (“{positive}”); figures come in formatted for the locale.
 */
export const evaluate = {
  'evaluate.title': 'How good is it?',
  'evaluate.empty': 'Train a model to see how it does on test rows it never saw.',
  'evaluate.rows': 'Measured on {test} test rows held out from training ({train} trained on, {validation} used for early stopping).',
  'evaluate.chartFailed': 'This chart could not be drawn; the figures beside it are unaffected.',

  // The metric cards, keyed by the `metric-<key>` hooks.
  'evaluate.metric.accuracy': 'Accuracy',
  'evaluate.metric.balanced_accuracy': 'Balanced accuracy',
  'evaluate.metric.precision': 'Precision',
  'evaluate.metric.recall': 'Recall',
  'evaluate.metric.f1': 'F1',
  'evaluate.metric.auc': 'ROC AUC',
  'evaluate.metric.pr_auc': 'PR AUC',
  'evaluate.metric.logloss': 'Log loss',
  'evaluate.metric.mae': 'MAE',
  'evaluate.metric.rmse': 'RMSE',
  'evaluate.metric.r2': 'R²',
  'evaluate.metric.mape': 'MAPE',
  'evaluate.meaning.accuracy': 'Share of test rows predicted right.',
  'evaluate.meaning.balanced_accuracy': 'Accuracy with every class counting equally, so a rare class is not drowned out (0.5 is a coin toss for two classes).',
  'evaluate.meaning.precision': 'Of the rows the model flags, the share that are right.',
  'evaluate.meaning.recall': 'Of the real cases, the share the model finds.',
  'evaluate.meaning.f1': 'One figure balancing precision and recall (1 is perfect).',
  'evaluate.meaning.auc': 'How well it ranks real cases above the others: 0.5 is chance, 1 is perfect.',
  'evaluate.meaning.pr_auc': 'Average precision across all thresholds; compare it with the share of real cases, which is what chance scores.',
  'evaluate.meaning.logloss': 'Penalty for confident mistakes; lower is better.',
  'evaluate.meaning.mae': 'Typical size of an error, in the target’s own units.',
  'evaluate.meaning.rmse': 'Like MAE, but large errors count more.',
  'evaluate.meaning.r2': 'Share of the variation explained: 1 is perfect, 0 is no better than always guessing the average.',
  'evaluate.meaning.mape': 'Typical error as a share of the true value; misleading when true values are near zero.',

  // Chart series and axes (tfjs-vis draws them).
  'evaluate.series.model': 'this model',
  'evaluate.series.chance': 'chance',
  'evaluate.series.random': 'random',
  'evaluate.axis.predicted': 'predicted',
  'evaluate.axis.actual': 'actual',
  'evaluate.axis.fpr': 'false-positive rate',
  'evaluate.axis.tpr': 'true-positive rate (recall)',
  'evaluate.axis.recall': 'recall',
  'evaluate.axis.precision': 'precision',
  'evaluate.axis.contacted': 'share of rows contacted, best scores first',
  'evaluate.axis.reached': 'share of cases reached',
  'evaluate.axis.lift': 'times better than random',

  'evaluate.confusion.label': 'Confusion matrix: {cells}',
  'evaluate.confusion.cell': '{count} actual {actual} predicted {predicted}',
  'evaluate.confusion.cellSeparator': ', ',
  'evaluate.confusion.rowSeparator': '; ',
  'evaluate.confusion.binary': 'At threshold {threshold}: of {actual} real “{positive}” cases the model finds {found} ({recall}); it wrongly flags {flagged} of the {others} others.',
  'evaluate.confusion.multiclass': 'Test rows by actual class (rows) and predicted class (columns); the diagonal is right.',

  'evaluate.curves.oneClass': 'The test rows hold only one class, so ROC and precision–recall curves cannot be drawn.',
  'evaluate.curves.roc':
    'ROC curve: how many “{positive}” cases the model finds (up) for each false alarm it raises (right). The more it bows to the top left, the better; the area under it is the ROC AUC, {auc}.',
  'evaluate.curves.pr':
    'Precision–recall: as the model flags more rows to find more “{positive}” cases (right), how many of those flagged are right (up). Chance sits at the share of “{positive}” cases, {share}.',

  'evaluate.perClass.caption': 'Per class, on the test rows',
  'evaluate.perClass.class': 'Class',
  'evaluate.perClass.rows': 'Test rows',
  'evaluate.perClass.note':
    'Precision: of the rows predicted as a class, the share that are. Recall: of the rows of a class, the share found. The hardest class to find is “{class}” ({recall} found).',

  'evaluate.threshold.title': 'Where to draw the line',
  'evaluate.threshold.intro':
    'The model flags a row as “{positive}” when its probability is at least {threshold}; the figures above use that threshold and stay put. Move the slider to see what another threshold would do on the same test rows.',
  'evaluate.threshold.slider': 'Flag as “{positive}” from probability {threshold}',
  'evaluate.threshold.valueText': 'threshold {threshold}',
  'evaluate.threshold.sentence':
    'At {threshold} the model flags {flagged} of {rows} test rows ({flaggedShare}): it finds {found} of the {positives} “{positive}” cases ({recall}), and {falseAlarms} of those flagged are not “{positive}” (false alarms).',
  'evaluate.threshold.confusion': 'Test rows by actual and predicted class at threshold {threshold}.',

  'evaluate.profit.title': 'Which threshold pays best?',
  'evaluate.profit.cost': 'Cost of contacting one row (a call, a discount)',
  'evaluate.profit.value': 'Value of one contacted “{positive}” case (a customer kept, a sale)',
  'evaluate.profit.best':
    'Best threshold: {threshold}. Contacting the {contacted} test rows scoring at least that ({share}) reaches {reached} “{positive}” cases and earns {profit} on these {rows} rows, about {perThousand} per {thousand} rows scored.',
  'evaluate.profit.useBest': 'Use {threshold} on the slider',
  'evaluate.profit.none':
    'At these figures no threshold pays: each contact costs more than the “{positive}” cases it reaches bring. Raise the value of a success or lower the cost of a contact.',
  'evaluate.profit.atSlider': 'At the slider’s threshold ({threshold}): {contacts} contacts, {reached} “{positive}” cases reached, profit {profit}.',
  'evaluate.profit.series': 'profit',
  'evaluate.profit.axisThreshold': 'threshold',
  'evaluate.profit.axisProfit': 'profit on the test rows',
  'evaluate.profit.caption': 'Profit on the test rows for every threshold: successes × value − contacts × cost.',

  'evaluate.gains.title': 'Who to contact first',
  'evaluate.gains.share': 'Share of rows you can contact (%)',
  'evaluate.gains.sentence':
    'Contact the top {share} of rows by the model’s score and you reach {reached} of all “{positive}” cases: {lift} times as many as contacting {share} at random.',
  'evaluate.gains.caption': 'Cumulative gains: the share of “{positive}” cases reached as you contact more rows, best scores first.',
  'evaluate.lift.caption': 'Lift: how many times better than random each contact depth is; it always ends at 1, when everyone is contacted.',

  'evaluate.regression.series': 'test rows',
  'evaluate.regression.perfect': 'perfect',
  'evaluate.regression.actual': 'actual {target}',
  'evaluate.regression.predicted': 'predicted {target}',
  'evaluate.regression.error': 'actual − predicted {target}',
  'evaluate.regression.rows': 'test rows',
  'evaluate.regression.bin': '{rank}: {from} to {to}',
  'evaluate.regression.scatter':
    'Each dot is a test row: its real “{target}” (across) and the model’s prediction (up). Dots on the “{perfect}” diagonal are exact; the further off, the bigger the miss.',
  'evaluate.regression.residuals':
    'Errors of the test rows (real minus predicted “{target}”), from {from} to {to}. Bars right of zero are under-predictions; a lopsided chart means the model is biased one way.',

  'evaluate.baselines.title': 'Is the network worth it?',
  'evaluate.baselines.model': 'model (same training and test rows)',
  'evaluate.baselines.network': 'This network',
  // A baseline as its table row names it, then as a sentence names it.
  'evaluate.baseline.mostCommon': 'Always the most common class',
  'evaluate.baseline.mostCommonInText': 'always the most common class',
  'evaluate.baseline.average': 'Always the average',
  'evaluate.baseline.averageInText': 'always the average',
  'evaluate.baseline.logistic': 'Logistic regression',
  'evaluate.baseline.logisticInText': 'logistic regression',
  'evaluate.baseline.linear': 'Linear regression',
  'evaluate.baseline.linearInText': 'linear regression',
  'evaluate.verdict.incomparable': '{metric} cannot be compared on these test rows.',
  'evaluate.verdict.nothingLearnt':
    'The network does no better than {baseline} ({metric} {network} against {other}): it has not learnt anything useful yet. Try more epochs, a higher learning rate or different columns.',
  'evaluate.verdict.better': 'The network beats {baseline} ({metric} {network} against {other}): its extra complexity pays off.',
  'evaluate.verdict.same': 'The network does about as well as {baseline} ({metric} {network} against {other}). The simpler model is easier to explain and may be the better choice.',
  'evaluate.verdict.worse': '{baseline} does better than this network ({metric} {network} against {other}). Try fewer or smaller layers, or use the simpler model (the “{preset}” preset).',

  'evaluate.importance.title': 'What drives the predictions?',
  // The score that shuffling lowers, as a sentence names it.
  'evaluate.importance.auc': 'ROC AUC',
  'evaluate.importance.accuracy': 'accuracy',
  'evaluate.importance.r2': 'R²',
  'evaluate.importance.column': 'column',
  'evaluate.importance.drop': 'drop in {metric} when shuffled',
  'evaluate.importance.none': 'No single column moves the {metric} when shuffled: the model either spreads its attention thinly or has learnt little.',
  'evaluate.importance.drivers': 'The model leans most on {columns}: shuffling “{top}” alone takes its {metric} from {from} to {to}.',
  'evaluate.importance.caption': {
    one: 'Each column’s values were shuffled among {rows} test rows ({count} time) and the {metric} measured again: the bigger the drop, the more the model relies on that column. This shows what the model uses, not what causes the outcome.',
    other:
      'Each column’s values were shuffled among {rows} test rows ({count} times) and the {metric} measured again: the bigger the drop, the more the model relies on that column. This shows what the model uses, not what causes the outcome.',
  },
} as const;
