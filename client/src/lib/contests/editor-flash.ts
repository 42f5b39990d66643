import type { MessageKey } from '../i18n/vi.js';

/** A message for the next page after a save that navigates (created, published). */
export const editorFlash: { message: MessageKey | null } = { message: null };
