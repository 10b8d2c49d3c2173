/** The named groups of the first pattern that matches, or undefined. */
export function firstGroups(s: string, patterns: readonly RegExp[]): Record<string, string | undefined> | undefined {
  for (const p of patterns) {
    const g = p.exec(s)?.groups;
    if (g) return g;
  }
  return undefined;
}
