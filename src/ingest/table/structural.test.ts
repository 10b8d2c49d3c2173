import { describe, expect, it } from 'vitest';
import { structuralLabel } from './structural.ts';

describe('structuralLabel', () => {
  it.each([
    ['合计', 'total'],
    ['合  计', 'total'],
    ['2026年合计', 'total'],
    ['本年累计', 'running'],
    ['累计', 'running'],
    ['3月累计', 'running'],
    ['总计：', 'total'],
    ['合计：3人', 'total'],
    ['3月小计', 'subtotal'],
    ['本月合计', 'subtotal'],
    ['平均', 'average'],
    ['过次页', 'running'],
    ['承前页', 'carried'],
    ['上年结转', 'opening'],
    ['期初余额', 'opening'],
    ['制表人：王芳', 'signoff'],
    ['制表：王芳', 'signoff'],
    ['审核人：李强', 'signoff'],
    ['填表日期：2026年3月31日', 'signoff'],
    ['备注：本表由工会办公室填写', 'signoff'],
    ['说明', 'signoff'],
  ])('%j is a %s line', (text, kind) => {
    expect(structuralLabel(text)).toBe(kind);
  });

  it.each(['说明书打印费', '备注栏更换', '审核培训资料费', '三八健步走', '合唱比赛服装', '教职工合计划生育宣传'])('%j is data', (text) => {
    expect(structuralLabel(text)).toBeNull();
  });
});
