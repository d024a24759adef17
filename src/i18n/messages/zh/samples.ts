/**
 * The built-in samples' names and descriptions in Chinese, by sample id. The manifest
 * (public/samples/manifest.json) holds the English; a sample missing here is shown in English.
 */
export const SAMPLES_ZH: Readonly<Partial<Record<string, { title: string; description: string }>>> = {
  mlc_churn: { title: '电信客户流失', description: '5,000 名电信客户的套餐、用量和客服来电次数。预测哪些客户会注销。' },
  penguins: { title: '帕尔默企鹅', description: '在三个岛上测量的 344 只企鹅。根据喙、鳍肢和体重预测物种；含缺失值。' },
  sacramento: { title: '萨克拉门托房价', description: '萨克拉门托地区售出的 932 套住宅。根据面积、房间数、类型和位置预测成交价。' },
  campaign_response: { title: '营销活动响应（合成数据）', description: '8,000 名收到优惠的客户。预测谁会响应；只有约 8% 的人响应，所以数据检查会建议使用类别权重。' },
  customer_ltv: { title: '客户生命周期价值（合成数据）', description: '一家订阅制商店的 5,000 名客户。根据最初几周的数据预测 12 个月的收入（以美元计、分布偏斜的金额）。' },
  lead_scoring: { title: 'B2B 销售线索评分（合成数据）', description: '从德国某客户管理系统导出的 4,000 条线索（分号分隔、小数点为逗号、日在前的日期）。预测是否成交；其中一列泄露了答案。' },
} as const;
