/** A contest's final results and prizes: Vietnamese. */
export const resultsVi = {
  'results.title': 'Kết quả chung cuộc',
};
