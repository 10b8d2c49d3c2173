/** The term's 工作计划 (work plan) documents among the source folders: the pack lists them as attached. */
import { readdir, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { packText } from '../../messages/pack.ts';

const PLAN_EXTENSIONS = ['.pdf', '.docx', '.doc'];

/** 工作计划 documents in the source folders (not recursive, as the ledgers are read): listed in the pack as attached. */
export async function planFiles(sources: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const source of sources) {
    const info = await stat(source).catch(() => null);
    if (!info?.isDirectory()) continue;
    for (const name of (await readdir(source)).sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      if (name.includes(packText.planFileWord) && PLAN_EXTENSIONS.includes(extname(name).toLowerCase())) found.push(name);
    }
  }
  return found;
}
