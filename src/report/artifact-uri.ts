/** A path with forward slashes and no leading `./`, as CI tools show and match paths. */
export function portablePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
}

/**
 * A path as a SARIF `artifactLocation.uri`: a relative URI reference with each segment
 * percent-encoded (so `<stdin>`, spaces, `#` and `:` stay valid), or a `file:` URI for an absolute path.
 */
export function artifactUri(path: string): string {
  const portable = portablePath(path);
  const drive = /^[A-Za-z]:\//.exec(portable);
  if (drive !== null) return `file:///${portable.slice(0, 2)}${encodeSegments(portable.slice(2))}`;
  if (portable.startsWith('/')) return `file://${encodeSegments(portable)}`;
  return encodeSegments(portable);
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
