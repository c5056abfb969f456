/** Escapes a workflow command's message as @actions/core does: `%`, `\r`, `\n`. */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One GitHub Actions workflow command line: `::name key=value,…::message`. */
export function workflowCommand(name: string, properties: ReadonlyArray<readonly [string, string | number]>, message: string): string {
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(',');
  return `::${name}${list === '' ? '' : ` ${list}`}::${escapeCommandData(message)}`;
}
