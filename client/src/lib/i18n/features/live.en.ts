import type { liveVi } from './live.vi.js';

export const liveEn: Record<keyof typeof liveVi, string> = {
  'nav.live': 'Live rounds',
};
