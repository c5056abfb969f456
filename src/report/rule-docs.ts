/** Where capcheck lives in public, defined once: rule-doc links in SARIF, rdjson and the docs point here. */
export const REPOSITORY_URL = 'https://github.com/capcheck/capcheck';

/** The page documenting a rule: docs/rules/<id>.md in the repository. */
export function ruleDocUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
