import type { help as english } from '../en/help';
import type { Translation } from '../types';

export const help = {
  'help.layer.dense': '每个神经元把上一层的全部输出分别乘以自己学到的权重后相加，再加上偏置，然后经过激活函数输出。这是神经网络最基本的组成部分。',
  'help.layer.dropout': '每一步训练时随机关闭上一层的一部分输出，让网络不能依赖任何单个输出，从而减少过拟合。预测时不会关闭任何输出。',
  'help.layer.batchNormalization': '在当前批次上把每个值缩放到均值 0、标准差 1，再学习自己的缩放和平移。有了它，深层网络训练得更快、更稳。它的滑动平均值计为不可训练参数。',
  'help.layer.layerNormalization': '把每一行的值缩放到均值 0、标准差 1，再学习缩放和平移。与批归一化类似，但不依赖批次，适合残差块和小批次。',
  'help.layer.activation': '单独应用一个激活函数，不带权重：例如放在线性激活的全连接层和批归一化之后，构成经典顺序“全连接 → 归一化 → 激活”。',
  'help.layer.gaussianNoise': '训练时给数值加入少量随机噪声，让网络学到经得起小测量误差的规律。预测时不加噪声。',
  'help.layer.residual': '两个全连接层加一条跳跃连接：块的输入直接加到两层的计算结果上，所以这个块只需学习一个修正量。由它堆成的深层网络比普通网络更容易训练。',

  'help.activation.relu': 'relu 保留正值，把负值变为 0：简单、快速，通常是首选。',
  'help.activation.relu6': 'relu6 是上限为 6 的 relu，可以压住过大的值。',
  'help.activation.elu': 'elu 与 relu 类似，但让负值平缓地通过（最低到 −1），有助于学习。',
  'help.activation.selu': 'selu 是缩放后的 elu，能自行保持数值归一化；最好搭配 leCunNormal 初始化，并且不用批归一化。',
  'help.activation.gelu': 'gelu 是平滑版的 relu，在大型现代网络中很常用。',
  'help.activation.swish': 'swish（x × sigmoid(x)）是平滑版的 relu，会让较小的负值通过。',
  'help.activation.mish': 'mish 是平滑版的 relu，与 swish 很像。',
  'help.activation.tanh': 'tanh 把加权和压缩到 −1 到 1 之间；在深层网络中可能学得慢。',
  'help.activation.sigmoid': 'sigmoid 把加权和压缩到 0 到 1 之间；在深层网络中学得慢，所以很少用在层与层之间。',
  'help.activation.hardSigmoid': 'hardSigmoid 是 sigmoid 的快速直线近似版。',
  'help.activation.softplus': 'softplus 是平滑版的 relu，永远不会恰好为 0。',
  'help.activation.softsign': 'softsign 把加权和压缩到 −1 到 1 之间，比 tanh 更平缓。',
  'help.activation.linear': 'linear 原样传递加权和：没有非线性，本身不增加表达能力。',

  'help.initializer.glorotUniform': 'glorotUniform（默认）从适合大多数激活函数的区间里均匀抽取初始权重。',
  'help.initializer.glorotNormal': 'glorotNormal 从钟形曲线（正态分布）中抽取初始权重，分布范围与 glorotUniform 相同。',
  'help.initializer.heUniform': 'heUniform 抽取较大的初始权重，适合 relu 及其变体。',
  'help.initializer.heNormal': 'heNormal 是 heUniform 的正态分布版，适合 relu 及其变体。',
  'help.initializer.leCunUniform': 'leCunUniform 抽取较小的初始权重，只按输入个数缩放。',
  'help.initializer.leCunNormal': 'leCunNormal 是 leCunUniform 的正态分布版，是 selu 的最佳搭档。',

  'help.option.units': '这一层有多少个神经元：它输出 {units} 个数。神经元越多，能学到越精细的规律，但需要更多数据和时间，也更容易过拟合。',
  'help.option.residualUnits': '残差块中第一个全连接层的神经元数（{units}）。第二层会映射回块输入的宽度，以便加上跳跃连接。',
  'help.option.activation': '每个神经元对自己的加权和施加的非线性变换。没有非线性，堆叠的多层会退化成一个线性模型。{detail}',
  'help.option.kernelInitializer': '训练开始前如何抽取初始权重。{detail}',
  'help.option.l1': '在损失中加上 {strength} × 权重绝对值之和，会把没用的权重压到恰好为 0。0 表示关闭；常用范围是 0.0001 到 0.01。',
  'help.option.l2': '在损失中加上 {strength} × 权重平方和，让所有权重都保持较小，模型就不容易过拟合。0 表示关闭；常用范围是 0.0001 到 0.01。',
  'help.option.thisNumber': '这个数',
  'help.option.useBias': '给每个神经元加上一个学到的偏移量，这样即使输入全为 0，它也能被激活。只有紧挨在批归一化之前时才应关闭，因为批归一化自带偏移。',
  'help.option.rate': 'Dropout 在训练时随机关闭这一层 {rate} 的输出，让网络不能依赖任何单个输出。通常为 10% 到 50%。',
  'help.option.stddev': '训练时给每个值加上标准差为 {stddev} 的随机噪声。输入已缩放到标准差 1，所以 0.1 是轻微扰动，1 会淹没数据。',
} as const satisfies Translation<typeof english>;
