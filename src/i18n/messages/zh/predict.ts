import type { predict as english } from '../en/predict';
import type { Translation } from '../types';

export const predict = {
  'predict.title': '使用模型',
  'predict.empty': '训练模型后，就能用它预测新的行。',

  'predict.whatIf.title': '试一试：假如……',
  'predict.whatIf.intro': '修改任意值，预测会随之更新。取值范围覆盖你数据中的值。',
  'predict.whatIf.introRanked': '修改任意值，预测会随之更新。取值范围覆盖你数据中的值；最重要的列排在前面。',
  'predict.whatIf.range': '{column}，从 {min} 到 {max}',
  'predict.whatIf.dateHint': '日期，按文件中的写法填写（留空则用典型日期）',
  'predict.whatIf.prediction': '预测结果：{value}',
  'predict.whatIf.notesLabel': '所用取值的说明',
  'predict.whatIf.pending': '正在计算预测…',

  'predict.note.missing': '{column}：缺少此列，已填充',
  'predict.note.unreadable': '{column}：“{value}”不是{what}，已改用 {filled}',
  'predict.note.unseen': '{column}：“{value}”在训练数据中没有出现过',
  'predict.note.number': '数字',
  'predict.note.yesNo': '是/否值',
  'predict.note.date': '日期',

  'predict.batch.title': '批量预测',
  'predict.batch.choose': '选择列相同的 CSV 文件（可以不含要预测的列）',
  'predict.batch.download': '下载预测结果',
  'predict.batch.reading': '正在预测 {file}：读取文件…',
  'predict.batch.progress': '正在预测 {file}：{done} / {total} 行…',
  'predict.batch.progressLabel': '预测进度',
  'predict.batch.summary': '{ready}{notes}{formulas}',
  'predict.batch.ready': '{file} 已完成：共 {count} 行，每行都附有预测结果及其概率。',
  'predict.batch.notes': '其中 {count} 行在 {column} 列中附有说明（缺少某列、出现未知类别或取值无法读取，均已填充）。',
  'predict.batch.noNotes': '所有取值都能像训练时一样读取。',
  'predict.batch.formulas': '会被电子表格当作公式执行的单元格，开头已加上撇号。',

  'predict.error.scoreFile': '无法预测“{file}”。{reason}',
  'predict.error.whatIf': '假设预测失败。{reason}',
} as const satisfies Translation<typeof english>;
