/** How deep into a JSON-LD graph to look; real pages nest an article two or three levels down. */
const MAX_DEPTH = 8;

/**
 * Every `datePublished` string in one JSON-LD script, shallowest first (so a page's own date
 * comes before a nested item's); none when the script is not valid JSON.
 */
export function findJsonLdDates(script: string): string[] {
  let level: unknown[];
  try {
    level = [JSON.parse(script) as unknown];
  } catch {
    return [];
  }
  const dates: string[] = [];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...(value as unknown[]));
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        if (typeof record['datePublished'] === 'string') dates.push(record['datePublished']);
        next.push(...Object.values(record));
      }
    }
    level = next;
  }
  return dates;
}
