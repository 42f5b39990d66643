// Worker thread for bench/contest.mjs: one socket.io watcher of a contest's public leaderboard,
// on its own event loop so that the load generator's busy loop does not delay its clock readings.
// Posts { type: 'ready' | 'update' | 'error', at (epoch ms), participants }.
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { base, contestId, token } = workerData;
const socket = io(`${base}/contests`, { transports: ['websocket'], reconnection: false, ...(token ? { auth: { token } } : {}) });
socket.on('leaderboard:update', (board) => parentPort.postMessage({ type: 'update', at: Date.now(), participants: board.participants }));
socket.on('connect_error', (error) => parentPort.postMessage({ type: 'error', message: `connect_error: ${error.message}` }));
socket.on('connect', () => {
  socket.timeout(10_000).emit('contest:watch', { contestId }, (timeout, ack) => {
    if (timeout || ack?.error) parentPort.postMessage({ type: 'error', message: timeout ? 'watch: no ack' : `watch: ${ack.error.code}` });
    else parentPort.postMessage({ type: 'ready', at: Date.now(), participants: ack.data.participants });
  });
});
parentPort.on('message', (message) => {
  if (message === 'close') {
    socket.close();
    parentPort.close();
  }
});
