import type { MODEL_FILE_TEXTS } from '../../../core/model/texts';
import type { PROJECT_READ_TEXTS } from '../../../core/project/texts';
import type { Translation } from '../types';

/** 保存的层结构文件无法读取的原因（项目文件中的层也按同样方式读取）。字段名和层类型名保持文件中的写法。 */
export const modelFileTexts = {
  'modelFile.notJson': '这个文件不是有效的 JSON，因此不可能是保存的 Layerlab 模型。',
  'modelFile.notModel': '这个文件不是保存的 Layerlab 模型：其中没有“{version}”和“{hidden}”层列表。',
  'modelFile.newer': '这个模型由更新版本的 Layerlab 保存（格式 {version}）；当前版本只能读取格式 {supported}。请用更新的版本打开。',
  'modelFile.unknownVersion': '这个模型文件的格式版本未知（{version}）。',
  'modelFile.notLayer': '第 {index} 层不是层的描述。',
  'modelFile.unknownKind': '第 {index} 层的类型“{kind}”未知。Layerlab 能构建这些类型：{kinds}。',
  'modelFile.fieldType': '第 {index} 层（{kind}）的“{field}”必须是{type}。',
  'modelFile.type.number': '数字',
  'modelFile.type.string': '字符串',
  'modelFile.type.boolean': '布尔值',
} as const satisfies Translation<typeof MODEL_FILE_TEXTS>;

/** 项目文件或分享链接无法打开的原因。{what} 是“项目文件”或“分享链接”。 */
export const projectReadTexts = {
  'projectRead.file': '项目文件',
  'projectRead.link': '分享链接',
  'projectRead.tooLarge': '这个{what}太大了（设置有 {size} MB，最多接受 {max} MB），可能不是 Layerlab 的{what}。',
  'projectRead.notJson': '这个{what}已损坏：其中的设置不是有效的 JSON。',
  'projectRead.noMarker': '这不是 Layerlab 的{what}：缺少“{marker}”标记。',
  'projectRead.badVersion': '这个{what}的格式版本无法识别。',
  'projectRead.newer': '这个{what}由更新版本的 Layerlab 制作（格式 {version}）；当前版本最多只能读取格式 {supported}。请用更新的版本打开。',
  'projectRead.layers': '这个{what}中的层无法使用：{problem}',
  'projectRead.settings': '这个{what}中的训练设置无法使用：{problem}',
  'projectRead.settingsMissing': '缺少训练设置。',
  'projectRead.settingType': '“{key}”的类型不对。',
  'projectRead.source': '这个{what}记录数据来源的方式 Layerlab 无法理解。',
  'projectRead.target': '这个{what}中要预测的列不是列名。',
  'projectRead.notZip': '这不是 Layerlab 项目文件（{extension}），甚至不是 ZIP 压缩包。请选择用“保存项目文件”保存的文件。',
  'projectRead.damagedZip': '这个项目文件已损坏（无法读取其中的 ZIP 压缩包）。如果它是下载得到的，请重新下载。',
  'projectRead.unpacksTooBig': '这个项目文件解压后超过了 Layerlab 接受的上限（{limit}），因此没有打开。',
  'projectRead.noProject': '这个 ZIP 压缩包不是 Layerlab 项目：其中没有 {file}。',
  'projectRead.modelIncomplete': '这个项目文件中训练好的模型不完整；请在 Layerlab 中重新保存项目，即可打开不含该模型的项目。',
  'projectRead.modelResults': '这个项目文件中训练好的模型的结果无法读取。',
  'projectRead.linkTooLong': '这个分享链接太长，不可能是 Layerlab 的设置。',
  'projectRead.linkDamaged': '这个分享链接已损坏（可能在复制时被截断）。请重新索取链接。',
} as const satisfies Translation<typeof PROJECT_READ_TEXTS>;
