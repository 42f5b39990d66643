/** Result reports by unit, participant and question: Vietnamese. */
export const reportsVi = {
  'nav.reports': 'Báo cáo',
};
