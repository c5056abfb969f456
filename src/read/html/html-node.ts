import type { CheerioAPI } from 'cheerio';

// Derived from cheerio's own signatures so that domhandler need not be a direct dependency.
type HtmlDocument = ReturnType<CheerioAPI['root']>[number];

/** A node of a parsed HTML document: element, text, comment, doctype or CDATA. */
export type HtmlNode = HtmlDocument['children'][number];
/** An element node, with its tag name, attributes and (parse5) tag locations. */
export type HtmlElement = Extract<HtmlNode, { attribs: unknown }>;
/** A text node, its character references already decoded in `data`. */
export type HtmlText = Extract<HtmlNode, { nodeType: 3 }>;

/** Whether `node` is an element (doctypes also have a `name`, so test for attributes). */
export function isHtmlElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

/** Whether `node` is a text node. */
export function isHtmlText(node: HtmlNode): node is HtmlText {
  return node.nodeType === 3;
}
