// The transport's own limit, for bench:live to compare against: a bare socket.io server (the
// version Lantoa runs) with no application work. Players join a room, the host's `next` is
// broadcast to the room as a question, and every answer is acknowledged at once.
// Run by bench/live.mjs as a child process; prints its port on stdout.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Server } = await import(path.join(root, 'server/node_modules/socket.io/dist/index.js'));

const http = createServer();
const io = new Server(http, { serveClient: false, cors: { origin: false } });
const ROOM = 'bare';

io.on('connection', (socket) => {
  socket.on('join', (_payload, ack) => {
    socket.join(ROOM);
    ack?.({ data: { playerId: socket.id } });
  });
  socket.on('next', (payload, ack) => {
    io.to(ROOM).emit('question', payload);
    ack?.({ data: true });
  });
  socket.on('answer', (_payload, ack) => ack?.({ data: { accepted: true } }));
});

http.listen(0, '127.0.0.1', () => console.log(String(http.address().port)));
