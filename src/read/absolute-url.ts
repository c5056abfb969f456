/**
 * The value as an absolute http(s) URL, normalized by the WHATWG parser; null for anything else
 * (a site-relative permalink such as `/posts/capex/`, another scheme, words).
 */
export function absoluteHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.hostname === '' ? null : url.href;
  } catch {
    return null;
  }
}
