import type { project as english } from '../en/project';
import type { Translation } from '../types';

/** 项目栏：自动保存、项目列表、分享与工作坊链接、项目文件。 */
export const project = {
  'project.name': '项目名称',
  'project.saved': '已自动保存在此浏览器中。',
  'project.list': '项目',
  'project.new': '新建项目',
  'project.open': '打开',
  'project.duplicate': '复制',
  'project.delete': '删除',
  'project.trained': '已训练模型',
  'project.current': '（当前）',
  'project.none': '还没有保存的项目。',
  'project.storage': '此浏览器为 Layerlab 存储了 {used}，上限 {quota}。',
  'project.share': '分享链接',
  'project.shareHelp': '链接只包含层结构、设置和示例数据集名称，从不包含你的数据。',
  'project.workshop': '工作坊链接',
  'project.workshopHelp': '打开此链接的学员无法修改你锁定的部分。',
  'project.lockData': '锁定数据和预测目标',
  'project.lockLayers': '锁定网络层',
  'project.lockTraining': '锁定训练设置',
  'project.makeLink': '生成链接',
  'project.linkLabel': '可复制的链接',
  'project.copied': '已复制到剪贴板。',
  'project.saveFile': '保存项目文件',
  'project.includeData': '包含数据文件',
  'project.openFile': '打开项目文件',
  'project.locked': '已被工作坊链接锁定。',
  'project.gone': '这个浏览器中已不再保存那个项目。',
  'project.fileUnopenable': '无法打开“{file}”。{problem}',
} as const satisfies Translation<typeof english>;
