/** Live rounds (host, projector, players): Vietnamese. */
export const liveVi = {
  'nav.live': 'Thi trực tiếp',
};
