/** The 说明 sheet: how to fill the template, then one paragraph per sheet. */
import { SHEET_LAYOUTS } from './layouts.ts';

export interface GuideLine {
  readonly text: string;
  readonly style: 'title' | 'heading' | 'body';
}

const GENERAL: readonly string[] = [
  '1. 每张工作表是一种工会台账。union-dash 按工作表名称和第 1 行的列名识别台账，请不要修改工作表名称和列名。',
  '2. 第 1 行是列名，从第 2 行起每行填一条记录。用不到的表可以空着。',
  '3. 灰色斜体的行是示例（各表示例互相对应），请删除这些行或直接改写成本校的数据。',
  '4. 可以在右边增加自己需要的列（如“备注”），工具会忽略不认识的列。',
  '5. 带下拉箭头的格子请从列表中选择。',
  '6. 签到：出席写 √，请假写“请假”，缺席写 × 或留空。',
  '7. 日期写成 2026-03-08（也可写 2026年3月8日）；月份写成 2026年3月。',
  '8. 金额以元为单位，只写数字，如 1200 或 1200.50。',
  '9. 各表中的姓名与“教职工名册”一致，活动名称与“活动台账”一致，这样才能互相对应。',
  '10. 也可以把各表分开保存为几个 .xlsx 文件放在同一个文件夹中；学校已有的台账表格也可以直接使用，不必照搬本模板。',
  '11. 填好后运行 union-dash check 文件夹，检查结果会指出每个有问题的单元格。本工具只读取这个文件，从不修改它。',
];

export const GUIDE_LINES: readonly GuideLine[] = [
  { text: '工会台账模板 使用说明', style: 'title' },
  { text: '填写方法', style: 'heading' },
  ...GENERAL.map((text): GuideLine => ({ text, style: 'body' })),
  { text: '各表用途', style: 'heading' },
  ...SHEET_LAYOUTS.map((s): GuideLine => ({ text: `【${s.name}】${s.guide}`, style: 'body' })),
];
