import type { teaching as english } from '../en/teaching';
import type { Translation } from '../types';

export const teaching = {
  'teaching.sampleGroup': '教学数据集（二维）',
  'teaching.title': '决策图',
  'teaching.intro': '模型在 {x} 和 {y} 构成的平面上各处的预测，训练时随时重绘。圆点是训练行，颜色表示其类别。',
  'teaching.before': '训练后即可看到模型在 {x} 和 {y} 构成的平面上每一点预测的类别；模型学习时，图会随之重绘。',
  'teaching.waiting': '第一轮训练结束后显示决策图。',
  'teaching.epoch': '第 {epoch} 轮之后',
  'teaching.final': '最终模型（第 {epoch} 轮的权重）',
  'teaching.canvas': '{x}（横轴）与 {y}（纵轴）的决策图，{when}',
  'teaching.legend': '颜色',
  'teaching.legendNote': '颜色越深，模型越有把握；白色表示模型在那里分不清各类别。',
  'teaching.area': '{label}：占平面的 {share}',
  'teaching.summary': '模型的预测为：{areas}。{points} 个训练点中有 {inOwn} 个（{share}）落在预测为其自身类别的区域。',
  'teaching.problem.regression': '没有决策图：决策图显示模型在各处预测的类别，而这个目标是数值，不是类别。',
  'teaching.problem.inputCount': {
    other: '没有决策图：只有模型恰好读取两个数值列时才绘制，而这个模型读取 {count} 列。可在第 1 步排除其他列，只保留两列（二维教学数据集正好有两列）。',
  },
  'teaching.problem.notNumeric': '没有决策图：只有两个输入列都是数值时才绘制，而 {columns} 未被读取为数值。',

  'teaching.neurons.title': '隐藏神经元',
  'teaching.neurons.intro': '每个隐藏神经元在同一平面上的输出：蓝色大于零，橙色小于零，白色为零。每个小图按其自身的最大输出缩放。',
  'teaching.neurons.layer': '第 {layer} 层',
  'teaching.neurons.tile': '第 {layer} 层第 {neuron} 个神经元：输出绝对值最大为 {largest}',
  'teaching.neurons.dead': '第 {layer} 层第 {neuron} 个神经元：处处输出 0（未激活的神经元）',
  'teaching.neurons.noHidden': '没有可显示的隐藏神经元：没有隐藏层时，模型只能画出直线边界。',
  'teaching.neurons.notDense': '只有全部由全连接层组成的网络才显示神经元图，而第 {layer} 层是{kind}。',
  'teaching.neurons.tooWide': '只有每个隐藏层最多 {max} 个神经元时才显示神经元图，而第 {layer} 层有 {units} 个。',
  'teaching.neurons.tooDeep': '最多 {max} 个隐藏层时才显示神经元图，而这个网络有 {layers} 层。',
} as const satisfies Translation<typeof english>;
