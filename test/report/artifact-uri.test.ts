import { describe, expect, it } from 'vitest';
import { artifactUri, portablePath } from '../../src/report/artifact-uri.js';

describe('artifact paths and URIs', () => {
  it.each([
    ['posts/a.md', 'posts/a.md', 'posts/a.md'],
    ['./posts/a.md', 'posts/a.md', 'posts/a.md'],
    ['posts\\q1\\a.md', 'posts/q1/a.md', 'posts/q1/a.md'],
    ['a b#1?.md', 'a b#1?.md', 'a%20b%231%3F.md'],
    ['q1,q2:x.md', 'q1,q2:x.md', 'q1%2Cq2%3Ax.md'],
    ['<stdin>', '<stdin>', '%3Cstdin%3E'],
    ['100%.md', '100%.md', '100%25.md'],
    ['€uro’s.md', '€uro’s.md', '%E2%82%ACuro%E2%80%99s.md'],
    ['/abs/a.md', '/abs/a.md', 'file:///abs/a.md'],
    ['C:\\work\\a b.md', 'C:/work/a b.md', 'file:///C:/work/a%20b.md'],
  ])('%j → %j, %j', (path, portable, uri) => {
    expect(portablePath(path)).toBe(portable);
    expect(artifactUri(path)).toBe(uri);
  });
});
