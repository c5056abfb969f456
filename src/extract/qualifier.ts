/** The qualifiers themselves, shared by the European and the CJK qualifier tables. */

/** How a qualifier bends the amount it precedes; bounds say whether the value itself is included. */
export type Qualifier =
  | { readonly kind: 'approximate' }
  | { readonly kind: 'just-below' }
  | { readonly kind: 'lower-bound'; readonly inclusive: boolean }
  | { readonly kind: 'upper-bound'; readonly inclusive: boolean };

export const APPROXIMATE: Qualifier = { kind: 'approximate' };
export const JUST_BELOW: Qualifier = { kind: 'just-below' };
export const ABOVE: Qualifier = { kind: 'lower-bound', inclusive: false };
export const AT_LEAST: Qualifier = { kind: 'lower-bound', inclusive: true };
export const AT_MOST: Qualifier = { kind: 'upper-bound', inclusive: true };
export const BELOW: Qualifier = { kind: 'upper-bound', inclusive: false };
