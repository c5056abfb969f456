import type { ArticleMetadata } from '../types.js';

/** An article that says nothing about itself (plain text, or a header with none of the fields). */
export const NO_METADATA: ArticleMetadata = { url: null, authors: [], title: null };
