import { isMap, isNode, isScalar, parseDocument } from 'yaml';

/**
 * The top-level fields of YAML front matter, keyed without case, `_` or `-` (`publish_date` is
 * `publishdate`), first wins, values as plain JavaScript. Null when the YAML does not parse or is
 * not a mapping, so a broken header costs its fields, not the document.
 */
export function readFrontMatterFields(yaml: string): ReadonlyMap<string, unknown> | null {
  const document = parseDocument(yaml);
  if (document.errors.length > 0 || !isMap(document.contents)) return null;
  const fields = new Map<string, unknown>();
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const name = typeof key === 'string' ? key.toLowerCase().replace(/[-_]/g, '') : null;
    if (name !== null && !fields.has(name)) fields.set(name, isNode(pair.value) ? pair.value.toJS(document) : pair.value);
  }
  return fields;
}
