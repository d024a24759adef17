import type { READ_ERROR_TEXTS, READ_NOTE_TEXTS } from '../../../core/csv/texts';
import type { DATA_ERROR_TEXTS } from '../../../core/dataset/texts';
import type { FAILURE_TEXTS } from '../../../core/training/failureTexts';
import type { Translation } from '../types';

/** 文件无法读成表格的原因。Excel、LibreOffice、Numbers 的菜单名按这些软件中文版的叫法。 */
export const readErrorTexts = {
  'read.empty': '这个文件是空的。请选择一个 CSV 文件，其中要有标题行和至少一行数据。',
  'read.noHeader': '没有找到标题行。文件的第一行必须是各列的名称。',
  'read.noRows': '这个文件只有标题行，没有数据行。请在标题行下面至少加一行数据，然后重新加载。',
  'read.cancelled': '已取消读取文件。',
  'read.outOfMemory': '这个文件太大，这台设备的内存装不下（{detail}）。请删掉不需要的列或行（或只取部分行作为样本），再加载变小后的文件。',
  'read.tooLarge':
    '这个文件太大，这台设备的内存装不下：它有 {size}，约 {rows} 行 × {columns} 列，大约需要 {needed} 内存，超过了 Layerlab 在这个标签页中能安全使用的 {budget}。请删掉不需要的列或行（或只取部分行作为样本），再加载变小后的文件。',
  'read.binary': '这个文件包含二进制数据，不是 CSV 文件。请把数据导出为 CSV（逗号分隔值）格式，再加载导出的文件。',
  'read.xls': '这看起来是旧版 Excel 工作簿（.xls），不是 CSV 文件。请用 Excel 打开它，选择“文件 › 另存为 › CSV UTF-8”，再加载保存的文件。',
  'read.xlsx': '这看起来是 Excel 工作簿（.xlsx），不是 CSV 文件。请在 Excel 中选择“文件 › 另存为 › CSV UTF-8”，再加载保存的文件。',
  'read.ods': '这看起来是 LibreOffice 电子表格（.ods），不是 CSV 文件。请在 LibreOffice Calc 中选择“文件 › 另存为 › 文本 CSV”，再加载保存的文件。',
  'read.numbers': '这看起来是 Apple Numbers 电子表格，不是 CSV 文件。请在 Numbers 中选择“文件 › 导出为 › CSV”，再加载导出的文件。',
  'read.zip': '这看起来是 ZIP 压缩包，不是 CSV 文件。请先解压，再加载其中的 CSV 文件。',
  'read.png': '这看起来是 PNG 图片，不是 CSV 文件。请改为加载包含你的数据的 CSV 文件。',
  'read.jpeg': '这看起来是 JPEG 图片，不是 CSV 文件。请改为加载包含你的数据的 CSV 文件。',
  'read.gif': '这看起来是 GIF 图片，不是 CSV 文件。请改为加载包含你的数据的 CSV 文件。',
  'read.pdf': '这看起来是 PDF 文档，不是 CSV 文件。请在生成这份报告的工具中把数据导出为 CSV，再加载导出的文件。',
  'read.gzip': '这看起来是压缩文件（.gz），不是 CSV 文件。请先解压，再加载其中的 CSV 文件。',
} as const satisfies Translation<typeof READ_ERROR_TEXTS>;

/** 读取文件时修补或推测过的地方，显示在预览上方，请使用者核对。 */
export const readNoteTexts = {
  'readNote.windows1252': '这个文件不是有效的 UTF-8 编码，已按 Windows-1252（西欧语言）读取。请检查带重音符号的字母。',
  'readNote.replacedCharacters': '这个文件中有些字符无法读取，显示为 �。请检查文本列。',
  'readNote.unclosedQuote': '第 {line} 行开始的引号没有闭合，因此被当作普通字符读取。请在预览中检查那一行。',
  'readNote.unclosedQuoteNoPreview': '第 {line} 行开始的引号没有闭合，因此被当作普通字符读取。请检查那一行。',
  'readNote.unnamedColumn': '第 {position} 列没有名称，已命名为“{name}”。',
  'readNote.repeatedName': '列名“{name}”出现了不止一次；重复的那一列已命名为“{renamed}”。',
  'readNote.shortRowOne': '有 1 行的字段比标题行少（第 {line} 行）：缺少的字段留空。',
  'readNote.shortRows': '有 {count} 行的字段比标题行少（第一处在第 {line} 行）：缺少的字段留空。',
  'readNote.longRowOne': '有 1 行的字段比标题行多（第 {line} 行）：多出的字段已忽略。',
  'readNote.longRows': '有 {count} 行的字段比标题行多（第一处在第 {line} 行）：多出的字段已忽略。',
  'readNote.longRowOneAfterShort': '有 1 行的字段比标题行多：多出的字段已忽略。',
  'readNote.longRowsAfterShort': '有 {count} 行的字段比标题行多：多出的字段已忽略。',
} as const satisfies Translation<typeof READ_NOTE_TEXTS>;

/** 数据无法按要求准备训练的原因：划分比例、目标列、输入列。 */
export const dataErrorTexts = {
  'split.validationShare': '验证集比例必须在 {min}% 到 {max}% 之间。',
  'split.testShare': '测试集比例必须在 {min}% 到 {max}% 之间。',
  'split.keepTraining': '请至少保留 {min}% 的行用于训练。',
  'split.notDates': '“{column}”不是日期列，无法按时间划分行。请选择一个日期列，或改用随机划分。',
  'prepare.unknownTarget': '这个表格中没有名为“{column}”的列。请从列表中选择要预测的列。',
  'prepare.unknownColumn': '这个表格中没有名为“{column}”的列。',
  'prepare.noInputs': '除了“{target}”，没有可供学习的列：其他列都已排除，或不含可用的内容。请在文件中添加输入列，或在列清单中纳入一列。',
  'prepare.tooFewRows': '只有 {rows} 行在“{target}”中有可用的值；训练和测试模型至少需要 {min} 行。',
  'prepare.noValues': '输入列在训练行中没有任何值，因此无从学习“{target}”。请纳入其他列。',
} as const satisfies Translation<typeof DATA_ERROR_TEXTS>;

/** 训练进程无法完成页面请求的原因，以及评估中无法计算的数字。 */
export const failureTexts = {
  'failure.noData': '请先加载 CSV 文件或示例。',
  'failure.noDataToTrain': '训练前请先加载 CSV 文件或示例。',
  'failure.noDataToRestore': '恢复模型前请先加载 CSV 文件或示例。',
  'failure.busy': '已有模型正在训练。请先停止它，或等它训练完成。',
  'failure.noModelToScore': '请先训练模型，再为文件打分。',
  'failure.noModelForWhatIf': '请先训练模型，再试算不同的取值。',
  'failure.noModelToExport': '请先训练模型，再下载它。',
  'failure.noModelForWeights': '请先训练模型，再查看它的权重。',
  'failure.noModelToSave': '还没有可保存的训练好的模型。',
  'failure.backendUnavailable': '{backend} 计算后端无法在这个浏览器中启动。请把计算后端选为“自动”（或从地址中删去“{parameter}”），让 Layerlab 挑选一个能用的。',
  'failure.backendFailed': '训练在 {backend} 计算后端上出错（{error}），且没有其他计算后端能够接替。请重新加载页面，再训练一次。',
  'failure.noBackendToRestore': '这个浏览器中没有任何计算后端能够启动，因此无法恢复模型。请重新加载页面，再训练一次。',
  'failure.checkpointMismatch': '训练期间保存的模型与现在加载的数据不匹配，因此无法恢复。请按“训练”重新训练。',
  'failure.sampleUnavailable': '无法加载示例（HTTP {status}）。请重新加载页面，或加载你自己的 CSV 文件。',
  'failure.internal': 'Layerlab 内部出了问题：{detail}。你的设置已保留，请重试。',
  'failure.cancelled': '已取消。',
  'failure.workerCrashed': '训练进程意外停止（{reason}），可能是内存不足。你的设置已保留：请重新加载数据再试。',
  'failure.unknownCause': '未知错误',

  'evaluate.unavailable.baselines': '无法计算简单基线（{detail}）。',
  'evaluate.unavailable.importance': '无法计算特征重要性（{detail}）。',
} as const satisfies Translation<typeof FAILURE_TEXTS>;
