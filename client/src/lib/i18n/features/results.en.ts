import type { resultsVi } from './results.vi.js';

export const resultsEn: Record<keyof typeof resultsVi, string> = {
  'results.title': 'Final results',
};
