/** Result reports by unit, participant and question: Vietnamese. */
export const reportsVi = {
  'reports.open': 'Xem báo cáo',
  'nav.reports': 'Báo cáo',
};
