/** ledgers.md §7: union-dash.config.json names a sheet's kind and maps headers to fields. */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest as ingestWith, type IngestResult } from '../../src/ingest/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { configText } from '../../src/messages/config.ts';
import { tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';
import { account, kinds, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { today: '2026-06-30' };

/** Reads as the command line does: the config beside the sources, then the ledgers. */
async function ingest(sources: string[], options: { today: string }): Promise<IngestResult> {
  const config = await loadConfig({ sources, env: {}, cwd: dir });
  return ingestWith(sources, { ...options, config: config.ingest });
}
const config = (json: unknown) => writeFile(join(dir, 'union-dash.config.json'), JSON.stringify(json, null, 2));

/** A list of people under headers no rule knows. */
const ODD: SheetSpec = {
  name: '汇总',
  rows: [
    ['人员', '科组', '备注'],
    ['张三', '语文组', null],
    ['李四', '数学组', '借调'],
  ],
};

describe('union-dash.config.json', () => {
  it('without it, a layout the rules cannot read is only noted as unrecognised', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    const res = await ingest([dir], OPTIONS);
    expect(kinds(res)).toEqual({ 汇总: null });
    expect(res.records.staff).toEqual([]);
  });

  it('forces a sheet\'s kind and maps its headers to fields, by id or by Chinese name', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    await config({ sheets: [{ sheet: '汇总', kind: '教职工名册', columns: { 人员: 'name', 科组: '部门' } }] });
    const res = await ingest([dir], OPTIONS);
    expect(kinds(res)).toEqual({ 汇总: 'roster' });
    expect(res.records.staff.map((s) => [s.name, s.department, s.ref.cell])).toEqual([
      ['张三', '语文组', 'A2'],
      ['李四', '数学组', 'A3'],
    ]);
    expect(account(res, '汇总')).toEqual([3, 2, 1, 0]);
    expect(problems(res)).toEqual([]);
  });

  it('maps an unknown header in a sheet whose kind is found by the rules', async () => {
    await writeWorkbook(dir, '经费台账.xlsx', [
      {
        name: '收支明细',
        rows: [
          ['日期', '摘要', '花费'],
          ['2026-03-08', '购买奖品', 300],
        ],
      },
    ]);
    await config({ sheets: [{ sheet: '收支明细', columns: { 花费: '支出' } }] });
    const res = await ingest([dir], OPTIONS);
    expect(res.records.funds).toMatchObject([{ date: '2026-03-08', description: '购买奖品', expense: 300 }]);
  });

  it('settles a sheet that matches two kinds', async () => {
    await writeWorkbook(dir, '经费.xlsx', [
      { name: '预算目标', rows: [['科目', '预算金额', '指标', '目标值'], ['文体活动支出', 5000, '满意度', '90%']] },
    ]);
    await config({ sheets: [{ sheet: '预算目标', kind: 'budget' }] });
    const res = await ingest([dir], OPTIONS);
    expect(kinds(res)).toEqual({ 预算目标: 'budget' });
    expect(res.records.budget).toMatchObject([{ category: '文体活动支出', amount: 5000 }]);
    expect(problems(res)).toEqual([]);
  });

  it('applies to the named file only when a file is given', async () => {
    await writeWorkbook(dir, '甲.xlsx', [ODD]);
    await writeWorkbook(dir, '乙.xlsx', [ODD]);
    await config({ sheets: [{ file: '乙.xlsx', sheet: '汇总', kind: 'roster', columns: { 人员: '姓名' } }] });
    const res = await ingest([dir], OPTIONS);
    expect(res.sheets.map((s) => [s.file, s.kind])).toEqual([
      ['甲.xlsx', null],
      ['乙.xlsx', 'roster'],
    ]);
  });

  it('a broken file stops the read with one line saying where: the figures would be wrong without its mappings', async () => {
    await writeWorkbook(dir, '教职工名册.xlsx', [{ name: '名册', rows: [['姓名', '部门'], ['张三', '语文组']] }]);
    await writeFile(join(dir, 'union-dash.config.json'), '{ "sheets": [\n  { "sheet": "名册", }\n] }');
    const res = await ingest([dir], OPTIONS);
    expect(res.fatal.map((i) => [i.file, i.code, i.message])).toEqual([
      ['union-dash.config.json', 'bad_config', `配置文件“union-dash.config.json”有误：${configText.notJson(2, 20)}`],
    ]);
  });

  it('an unknown kind or field is named in the error', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    await config({ sheets: [{ sheet: '汇总', kind: '考勤机导出' }] });
    const res1 = await ingest([dir], OPTIONS);
    expect(res1.fatal.find((i) => i.code === 'bad_config')!.message).toContain('考勤机导出');

    await config({ sheets: [{ sheet: '汇总', kind: 'roster', columns: { 人员: '人名' } }] });
    const res2 = await ingest([dir], OPTIONS);
    expect(res2.fatal.find((i) => i.code === 'bad_config')!.message).toContain('人名');
  });

  it('a misspelt key is one line naming it and the key meant, at any level', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    const message = async () => (await ingest([dir], OPTIONS)).fatal.map((i) => i.message);
    await config({ sheet: [{ sheet: '汇总', kind: 'roster' }] });
    expect(await message()).toEqual([`配置文件“union-dash.config.json”有误：${configText.unknownKey('sheet', 'sheets')}`]);
    await config({ sheets: [{ sheet: '汇总', knd: 'roster' }] });
    expect(await message()).toEqual([`配置文件“union-dash.config.json”有误：${configText.unknownKey('sheets[0].knd', 'kind')}`]);
    await config({ google: { keyfile: 'key.json' } });
    expect(await message()).toEqual([`配置文件“union-dash.config.json”有误：${configText.unknownKey('google.keyfile', 'keyFile')}`]);
    await config({ colour: 'red' });
    expect(await message()).toEqual([`配置文件“union-dash.config.json”有误：${configText.unknownKey('colour', null)}`]);
  });

  it('a setting of the wrong kind or out of range names the setting and what it should be', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    const message = async () => (await ingest([dir], OPTIONS)).fatal.map((i) => i.message);
    await config({ serve: { pollSeconds: 0 } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.pollSeconds”应为不小于 1 的数字']);
    await config({ serve: { missingFileMinutes: -5 } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.missingFileMinutes”应为不小于 0 的数字']);
    await config({ serve: { poll: '是' } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.poll”应为true 或 false（不加引号）']);
    await config({ serve: { presentSeconds: 3 } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.presentSeconds”应为不小于 5 的数字']);
    await config({ serve: { presentSeconds: 600 } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.presentSeconds”应为不大于 300 的数字']);
    await config({ serve: { presentSeconds: 7.5 } });
    expect(await message()).toEqual(['配置文件“union-dash.config.json”有误：“serve.presentSeconds”应为整数（不加引号）']);
  });

  it('a file saved by Notepad (UTF-8 with a BOM) is read', async () => {
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    await writeFile(join(dir, 'union-dash.config.json'), `\uFEFF${JSON.stringify({ sheets: [{ sheet: '汇总', kind: '教职工名册', columns: { 人员: '姓名', 科组: '部门' } }] })}`);
    const res = await ingest([dir], OPTIONS);
    expect(res.fatal).toEqual([]);
    expect(kinds(res)).toEqual({ 汇总: 'roster' });
  });
});

describe('a 设置 sheet row naming a sheet kind', () => {
  /** Both a targets table (指标 | 目标值) and a settings table (项目 | 值): the rules cannot choose. */
  const BOTH: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['指标', '目标值', '项目', '值'],
      ['文体活动参与率', '≥80%', '备注', '无'],
    ],
  };

  it('settles a sheet that matches two kinds equally', async () => {
    await writeWorkbook(dir, '台账.xlsx', [BOTH]);
    const before = await ingest([dir], OPTIONS);
    expect(problems(before)).toContainEqual(expect.objectContaining({ sheet: 'Sheet1', code: 'sheet_ambiguous' }));

    const settings: SheetSpec = { name: '设置', rows: [['项目', '值'], ['表类型：Sheet1', '目标设置']] };
    await writeWorkbook(dir, '台账.xlsx', [settings, BOTH]);
    const after = await ingest([dir], OPTIONS);
    expect(kinds(after)).toMatchObject({ 'Sheet1': 'targets' });
    expect(after.records.targets).toEqual([expect.objectContaining({ target: '文体活动参与率', value: 0.8, op: '>=' })]);
  });

  it('reports a kind it does not know at the setting', async () => {
    const settings: SheetSpec = { name: '设置', rows: [['项目', '值'], ['表类型：Sheet1', '流水账']] };
    await writeWorkbook(dir, '台账.xlsx', [settings, BOTH]);
    const result = await ingest([dir], OPTIONS);
    expect(problems(result)).toContainEqual(expect.objectContaining({ sheet: '设置', cell: 'B2', code: 'bad_setting' }));
  });
});

describe('Google credentials in union-dash.config.json', () => {
  const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

  it('a keyFile beside the config is the service-account key the Sheets reader uses', async () => {
    await config({ google: { keyFile: 'key.json' } });
    const loaded = await loadConfig({ sources: [dir], env: {}, cwd: dir });
    const result = await ingestWith([`gsheets:${ID}`], { ...OPTIONS, config: loaded.ingest });
    expect(result.fatal.map((i) => i.code)).toEqual(['gsheets_key_file']);
    expect(result.fatal[0]!.message).toContain(join(dir, 'key.json'));
  });

  it('a "google" entry of the wrong shape is reported, not ignored', async () => {
    await config({ google: 'key.json' });
    await writeWorkbook(dir, '台账.xlsx', [ODD]);
    const result = await ingest([dir], OPTIONS);
    expect(result.fatal).toContainEqual(expect.objectContaining({ file: 'union-dash.config.json', code: 'bad_config' }));
  });
});
