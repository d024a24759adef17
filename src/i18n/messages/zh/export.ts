import type { exporting as english } from '../en/export';
import type { Translation } from '../types';

export const exporting = {
  'export.title': '下载模型',
  'export.download': '下载模型（.zip）',
  'export.contents':
    '压缩包里有两份网络（model.json + weights.bin 供 TensorFlow.js 使用，model.onnx 供 ONNX 运行时使用）、preprocessing.json（原始列如何变成输入）、Node.js 和 Python 的评分脚本（predict.mjs、predict.py）、用于继续训练的 keras_model.py，以及一份模型卡。交付之前，Layerlab 会重新加载写出的文件，并把预测结果与训练好的模型逐一比较。',
  'export.packing': '正在打包并检查模型…',
  'export.notVerified': '未通过验证：{problem} 压缩包仍已下载；在依赖它之前，请先检查它的预测结果。',
  'export.verified': '已验证：在 {rows} 个测试行上最大差异为 {largest}（TensorFlow.js 文件 {tfjs}，ONNX {onnx}）。',
} as const satisfies Translation<typeof english>;
