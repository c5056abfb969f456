import { describe, expect, it } from 'vitest';
import { isHtmlInput } from '../../src/read/html/is-html-input.js';
import { prepareDocument } from '../../src/read/prepare-document.js';

describe('which inputs are read as HTML', () => {
  it.each([
    ['page.html', 'plain words', true],
    ['PAGE.HTM', '', true],
    ['page.html.md', '<html>', false],
    ['page.txt', '<!doctype html>', false],
    ['<stdin>', '<!DOCTYPE html>\n<html>', true],
    ['<stdin>', '\uFEFF  \n<!doctype html>', true],
    ['<stdin>', '<html lang="en">', true],
    ['<stdin>', '<HTML>', true],
    ['<stdin>', '<htmlx>', false],
    ['<stdin>', 'Meta said <html> is fine', false],
    ['<stdin>', '<p>fragment</p>', false],
  ])('%s %j → %s', (path, source, expected) => {
    expect(isHtmlInput(path, source)).toBe(expected);
  });

  it('prepares HTML documents through prepareDocument', () => {
    const source = '<!doctype html><title>Meta</title><p>Meta plans $65 billion.</p>';
    const document = prepareDocument('<stdin>', source);
    expect(document.format).toBe('html');
    expect(document.text).toHaveLength(source.length);
    expect(document.text).not.toContain('<p>');
  });
});
