import type { faults as english } from '../en/faults';
import type { Translation } from '../types';

/** 不受用户控制的意外：训练进程崩溃、页面重新加载、浏览器存储已满。 */
export const faults = {
  'fault.workerCrashed': '训练进程崩溃，训练已停止；可能是内存不足。你的数据和设置都已保留：按“训练”重试（较小的批大小或较小的模型需要的内存更少）。',
  'fault.keptAfterCrash': '训练因训练进程崩溃而中断；已保留第 {epoch} 轮的模型。按“训练”可重新训练。',
  'fault.keptAfterReload': '训练因页面重新加载而中断；已保留第 {epoch} 轮的模型。按“训练”可重新训练。',
  'fault.notRecovered': '训练已中断，且无法恢复目前训练出的模型：{reason} 你的数据和设置都已保留：按“训练”可重新训练。',
  'fault.storageFull': '此浏览器为 Layerlab 提供的存储空间已满，项目无法保存在这里。页面上的内容都没有丢失，你可以继续工作。要保留你的工作，请删除不再需要的项目（项目列表）、释放这台设备的磁盘空间，或使用“保存项目文件”。',
  'fault.storageFailed': '项目无法保存在此浏览器的存储中（{reason}）；隐私窗口可能不允许保存。页面上的内容都没有丢失：请使用“保存项目文件”保留你的工作。',
  'fault.sampleList': '无法加载示例数据集列表（HTTP {status}）。请重新加载页面再试，或加载你自己的 CSV 文件。',
} as const satisfies Translation<typeof english>;
