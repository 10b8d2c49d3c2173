/**
 * The 设置 sheet's keys (ledgers.md §6), declared once: ingest reads the term's keys to
 * give year-less dates their year, metrics reads them all.
 */
export const SETTING_KEYS = {
  school: ['学校名称'],
  term: ['学期'],
  termStart: ['学期开始'],
  termEnd: ['学期结束'],
  workingMonths: ['工作月份'],
  officePassScore: ['文明办公室达标分'],
  youngAge: ['青年教师年龄'],
  satisfiedFrom: ['满意度口径'],
  completionWeight: ['完成度权重'],
  complianceWeight: ['规范性权重'],
  satisfactionWeight: ['满意度权重'],
  innovationWeight: ['创新性权重', '创新权重'],
  innovation: ['创新性', '创新得分', '创新性得分'],
  innovationNotes: ['创新说明', '创新性说明'],
  minGroup: ['最小分组人数'],
  proposalReplyDays: ['提案答复期限', '提案办理期限'],
  warnWorkingDays: ['预警工作日', '提前预警工作日'],
} as const satisfies Record<string, readonly string[]>;

export type SettingKey = keyof typeof SETTING_KEYS;

/** 项目 as compared: no white space (already removed on reading), no trailing "（分）" or "(%)". */
export const settingKeyText = (key: string): string => key.replace(/[(（][^)）]*[)）]$/u, '');

const BY_TEXT = new Map<string, SettingKey>(
  (Object.entries(SETTING_KEYS) as [SettingKey, readonly string[]][]).flatMap(([k, names]) => names.map((n) => [n, k] as const)),
);

/** Which setting a 项目 names, or null for one the tool does not use. */
export const settingKeyOf = (key: string): SettingKey | null => BY_TEXT.get(settingKeyText(key)) ?? null;

/** The first row setting a key. */
export const settingRow = <T extends { readonly key: string }>(rows: readonly T[], key: SettingKey): T | undefined =>
  rows.find((r) => settingKeyOf(r.key) === key);

/** Keys that mark a headerless key/value sheet as the settings. */
export const HEADERLESS_KEYS: readonly string[] = [
  ...SETTING_KEYS.school,
  ...SETTING_KEYS.term,
  ...SETTING_KEYS.termStart,
  ...SETTING_KEYS.termEnd,
  ...SETTING_KEYS.workingMonths,
  ...SETTING_KEYS.officePassScore,
  ...SETTING_KEYS.youngAge,
  ...SETTING_KEYS.satisfiedFrom,
];

/** A 设置 row `表类型：<表名>` | <类型> names a sheet's kind, as the overrides file does (ledgers.md §7): the sheet's name, or null. */
export function kindSettingSheet(key: string): string | null {
  const m = /^表类型[:：(（](.+?)[)）]?$/u.exec(key);
  return m ? m[1]! : null;
}
