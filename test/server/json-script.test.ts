import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/server/json-script.ts';

describe('jsonForScript', () => {
  it('cannot close its <script> element or open a comment, whatever the data says', () => {
    const evil = { name: '</script><script>alert(1)</script>', note: '<!-- x -->', amp: 'a&b', sep: '\u2028\u2029' };
    const out = jsonForScript(evil);
    expect(out).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(out)).toEqual(evil);
  });
});
