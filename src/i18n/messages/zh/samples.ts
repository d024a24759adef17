/**
 * The built-in samples' names and descriptions in Chinese, by sample id. The manifest
 * (public/samples/manifest.json) holds the English; a sample missing here is shown in English.
 */
export const SAMPLES_ZH: Readonly<Partial<Record<string, { title: string; description: string }>>> = {
  mlc_churn: { title: '电信客户流失', description: '5,000 名电信客户的套餐、用量和客服来电次数。预测哪些客户会注销。' },
  penguins: { title: '帕尔默企鹅', description: '在三个岛上测量的 344 只企鹅。根据喙、鳍肢和体重预测物种；含缺失值。' },
  sacramento: { title: '萨克拉门托房价', description: '萨克拉门托地区售出的 932 套住宅。根据面积、房间数、类型和位置预测成交价。' },
  campaign_response: { title: '营销活动响应（合成数据）', description: '8,000 名收到优惠的客户。预测谁会响应；只有约 8% 的人响应，所以会自动启用类别权重。' },
  customer_ltv: { title: '客户生命周期价值（合成数据）', description: '一家订阅制商店的 5,000 名客户。根据最初几周的数据预测 12 个月的收入（以美元计、分布偏斜的金额）。' },
  lead_scoring: { title: 'B2B 销售线索评分（合成数据）', description: '从德国某客户管理系统导出的 4,000 条线索（分号分隔、小数点为逗号、日在前的日期）。预测是否成交；其中一列泄露了答案。' },
  circles: { title: '同心圆（二维教学数据集）', description: '平面上的 400 个点：类别 1 的圆盘位于类别 0 的圆环之内。没有一条直线能把它们分开，一个小的隐藏层就可以。' },
  xor: { title: '异或（二维教学数据集）', description: '分布在四个方块中的 400 个点：两个坐标同号时为类别 1。单看任一输入都说明不了什么，两个合在一起就能说明一切。' },
  spiral: { title: '螺旋（二维教学数据集）', description: '两条交错螺旋臂上的 400 个点，每条臂一个类别。四个数据集中最难的一个：需要更多神经元和更多轮训练。' },
  gaussian: { title: '高斯簇（二维教学数据集）', description: '三团部分重叠的圆形点云中的 360 个点，分别标为 A、B、C。直线边界就足够；点云重叠之处，任何模型都无法确定。' },
} as const;
