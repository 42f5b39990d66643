/** Socket event names, declared once for the server, the client and the tests. */
export const SOCKET_EVENTS = {
  /** client → server, ack `{ data: user }` */
  sessionMe: 'session:me',
} as const;
