import type { reportsVi } from './reports.vi.js';

export const reportsEn: Record<keyof typeof reportsVi, string> = {
  'reports.open': 'Open report',
  'nav.reports': 'Reports',
};
