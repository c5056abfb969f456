/** Levenshtein distance: how many one-character edits turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The name closest to `wanted` within a typo's distance (two edits, more for long names), for "did you mean"; none when nothing is that close. */
export function closestName(names: readonly string[], wanted: string): string | undefined {
  const target = wanted.toLowerCase();
  let best: { readonly name: string; readonly distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(name.toLowerCase(), target);
    if (distance <= Math.max(2, Math.floor(target.length / 4)) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
