/** What pages, PDFs and exports say in place of what the viewer's role may not see. */
export const privacyText = {
  /** A 关爱慰问 activity's name for committee and viewer. */
  welfareActivity: '关爱慰问（详情仅主席可见）',
  /** A data-quality message for anyone but the chair (it quotes cells). */
  cellsHidden: '（单元格内容仅主席可见）',
  /** The one row standing for the merged small groups. */
  mergedGroups: (n: number) => `其他 ${n} 个部门（合并显示）`,
  smallGroupsNote: (min: number) => `人数少于 ${min} 人的组不单独显示`,
  namesHidden: (n: number) => `共 ${n} 人（按权限不显示姓名）`,
  pairsHidden: (n: number) => `共 ${n} 对（按权限不显示姓名）`,
  ownerHidden: '（按权限不显示）',
  namesHiddenShort: '按权限不显示姓名',
  presenting: '投影模式：姓名已隐藏',
  leavePresenting: '退出投影模式',
  enterPresenting: '投影模式',
} as const;
