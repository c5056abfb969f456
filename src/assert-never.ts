/** Closes a switch over a union: the compiler rejects the call if a variant is left unhandled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}
