import type { Locator } from 'playwright-core';

/** Waits until the locator's text matches; returns the text. */
export async function textOf(locator: Locator, expected: RegExp, timeout = 15000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (
      (await locator
        .first()
        .textContent({ timeout: Math.max(1, deadline - Date.now()) })
        .catch(() => '')) ?? ''
    ).trim();
    if (expected.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected text ${expected} but found "${text}"`);
}

/** Waits until a condition on the page holds. */
export async function until(condition: () => Promise<boolean>, what: string, timeout = 15000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
