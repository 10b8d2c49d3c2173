import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliText } from '../messages/cli.ts';
import { paramText } from '../messages/params.ts';
import { removeLedgers, settings, writeLedgers } from '../../test/helpers/union-workbook.ts';
import { runCli } from '../../test/helpers/cli.ts';
import { EXIT } from './io.ts';

afterAll(removeLedgers);

const run = (args: string[], today = '2026-07-20') => runCli(['metrics', ...args], today);

const LEDGERS = {
  设置: settings(['学校名称', '青禾三中']),
  教代会提案: [['提案号', '案由', '反馈意见'], ['1', '甲', '满意'], ['2', '乙', '不满意'], ['3', '丙', '满意']],
  工作台账: [['工作事项', '截止日期', '完成情况'], ['计划', '2026-03-01', '已完成']],
};

describe('union-dash metrics', () => {
  it('prints a Chinese table: value as a percentage with one decimal, the target, and 达标/未达标/无数据', async () => {
    const dir = await writeLedgers(LEDGERS);
    const r = await run([dir, '--as-of', '2026-06-30']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('青禾三中 · 2025-2026学年第二学期（2026-02-01 至 2026-07-31），统计截至 2026-06-30');
    // Proposals: 2 of 3 satisfied = 66.7%; tasks 1 of 1 = 100.0%.
    expect(lines.find((l) => l.startsWith('教代会提案办理满意率'))).toMatch(/66\.7%\s+≥95\.0%\s+未达标$/);
    expect(lines.find((l) => l.startsWith('常规工作完成率'))).toMatch(/100\.0%\s+≥100\.0%\s+达标$/);
    expect(lines.find((l) => l.startsWith('文体活动参与率'))).toMatch(/—\s+≥85\.0%\s+无数据$/);
    expect(lines.find((l) => l.startsWith('经费预算执行不超支'))).toMatch(/—\s+≤100\.0%\s+无数据$/);
    expect(r.stdout).toContain('无数据的原因：');
  });

  it('adds the 考核细则 self-assessment when the ledgers have one, and nothing about it when they do not', async () => {
    // Proposals 2 of 3 (66.7%): 6 − 28.3 points below 95% × 0.5 → 0 (never below 0); tasks 1 of 1 → 4 × 100%.
    const rubric = [
      ['考核内容', '分值', '类型', '计分方式', '数据来源', '自评分'],
      ['提案办理', 6, '基本', '≥95%得满分，每低1%扣0.5分', '教代会提案', null],
      ['常规工作', 4, '基本', null, '工作台账', null],
      ['校务公开', 5, '基本', null, null, null],
      ['模范职工之家', 3, '加分', null, null, 2],
      ['提案满意率低于70%不获奖', null, '否决', '否决:<70%', '教代会提案', null],
    ];
    const withRubric = await run([await writeLedgers({ ...LEDGERS, 考核细则: rubric }), '--as-of', '2026-06-30']);
    expect(withRubric.stdout).toContain('考核细则自评：合计 6 分（基本项 4/15，加分 2），1 项待人工评分；触发否决：提案满意率低于70%不获奖');
    const without = await run([await writeLedgers(LEDGERS), '--as-of', '2026-06-30']);
    expect(without.stdout).not.toContain('考核细则');
    const json = JSON.parse((await run([await writeLedgers(LEDGERS), '--as-of', '2026-06-30', '--json'])).stdout);
    expect(json.rubric).toBeNull();
  });

  it('prints the metrics JSON with --json', async () => {
    const dir = await writeLedgers(LEDGERS);
    const r = await run(['--json', dir, '--term', '2025-2026-2'], '2026-11-22');
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ school: '青禾三中', term: { id: '2025-2026-2' }, as_of: '2026-07-31' });
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['school', 'term', 'as_of', 'targets', 'funds', 'evaluation', 'issues']));
    expect(json.targets.find((t: { id: string }) => t.id === 'proposal_satisfaction').value).toBeCloseTo(2 / 3, 10);
  });

  it('refuses a bad --as-of or --term with one line and exit 2', async () => {
    expect(await run(['--as-of', '2026-02-30'])).toMatchObject({ code: EXIT.usage, stderr: paramText.bad_date('2026-02-30'), stdout: '' });
    expect(await run(['--term', '2026年春'])).toMatchObject({ code: EXIT.usage, stderr: paramText.bad_term('2026年春'), stdout: '' });
    expect(await run(['--as-of', '9999-12-31'])).toMatchObject({ code: EXIT.usage, stderr: paramText.date_out_of_range('9999-12-31'), stdout: '' });
    expect(await run(['--term', '0000-0001-1'])).toMatchObject({ code: EXIT.usage, stderr: paramText.term_out_of_range('0000-0001-1'), stdout: '' });
    const unknown = await run(['--month', '2026-03']);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr.split('\n')[0]).toBe(cliText.unknownOption('--month'));
  });

  it('exits 2 with one line per source that cannot be read', async () => {
    const dir = await writeLedgers(LEDGERS);
    const missing = join(dir, '没有这个文件.xlsx');
    const r = await run([missing, '--json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('没有这个文件.xlsx');
  });
});
