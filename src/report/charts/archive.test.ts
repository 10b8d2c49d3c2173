import { describe, expect, it } from 'vitest';
import { expectJsonSafe, svgTexts } from '../../../test/server/svg.ts';
import { archiveChart } from './archive.ts';
import { renderSvg } from './render-svg.ts';

describe('archiveChart', () => {
  it('shows per material how many activities have it and how many lack it', () => {
    const option = archiveChart([
      { material: '方案', present: 12, missing: 0 },
      { material: '新闻稿', present: 6, missing: 1 },
    ]);
    expectJsonSafe(option);
    const texts = svgTexts(renderSvg(option, { width: 860, height: 200 }));
    expect(texts).toEqual(expect.arrayContaining(['方案', '新闻稿', '已归档 12', '缺 1']));
    expect(texts).not.toContain('缺 0');
  });
});
