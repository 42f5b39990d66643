// What counts as an answer on the taking page. Pure.

export function isAnswered(response: unknown): boolean {
  if (typeof response === 'string') return response.trim() !== '';
  if (Array.isArray(response)) return response.length > 0;
  return typeof response === 'number' && Number.isFinite(response);
}

/** "2,5" or "2.5" → 2.5, as the server reads numbers; undefined for anything that is not one number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** The chosen option ids of a response, whatever its type. */
export function chosenIds(response: unknown): string[] {
  if (typeof response === 'string') return [response];
  if (Array.isArray(response)) return response.filter((id): id is string => typeof id === 'string');
  return [];
}

/** A multiple-choice option tapped: on if it was off, off if it was on; in the order the options are shown. */
export function toggleOption(response: unknown, optionId: string, order: readonly string[]): string[] {
  const chosen = chosenIds(response);
  const next = chosen.includes(optionId) ? chosen.filter((id) => id !== optionId) : [...chosen, optionId];
  return order.filter((id) => next.includes(id));
}
