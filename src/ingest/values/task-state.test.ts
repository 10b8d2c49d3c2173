import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { parseTaskState } from './task-state.ts';

describe('parseTaskState', () => {
  it.each<[Scalar, boolean, string]>([
    ['已完成', true, '已完成'],
    ['完成', true, '完成'],
    ['已办结', true, '已办结'],
    ['办结', true, '办结'],
    ['√', true, '√'],
    ['✓', true, '✓'],
    ['100%', true, '100%'],
    [' 已 完成 ', true, '已 完成'],
    ['已完成（6月10日）', true, '已完成（6月10日）'],
    [1, true, '1'],
    [true, true, 'TRUE'],
    ['未开始', false, '未开始'],
    ['进行中', false, '进行中'],
    ['延期', false, '延期'],
    ['未完成', false, '未完成'],
    ['80%', false, '80%'],
    [0.8, false, '0.8'],
    [null, false, ''],
    ['', false, ''],
  ])('%j → done=%s', (v, done, text) => {
    expect(parseTaskState(v)).toEqual({ done, text });
  });
});
