import type { app as english } from '../en/app';
import type { Translation } from '../types';

export const app = {
  'app.documentTitle': 'Layerlab：在浏览器里用你自己的数据训练神经网络',
  'app.tagline': '用你自己的表格搭建并训练神经网络。一切都在这个浏览器标签页里运行：你的数据不会离开这台设备。',
  'app.footer': '示例数据：MLC++ 客户流失、palmerpenguins 企鹅和萨克拉门托房价，均来自 R 包 modeldata。',
  'app.language': '语言',

  'common.notAvailable': '无',
  'common.colon': '：',

  'error.dismiss': '关闭',
  'error.dismissLabel': '关闭这条消息',
  'error.unexpected': '出了点问题：{detail}。你的工作已保留，请重试。',
  'error.noSuchSample': '没有名为“{wanted}”的内置示例。可用的示例：{available}。',
  'error.fileTooLarge': '“{file}”有 {size} GB；Layerlab 最多读取 {limit} GB 的文件。请删掉不需要的行或列后重试。',
  'error.fileUnusable': '无法使用“{file}”。{reason}',
  'error.layersFileUnusable': '无法打开“{file}”。{reason}',
} as const satisfies Translation<typeof english>;
