#!/usr/bin/env node
// npm run bench:import [-- 5000]: times the import of N generated questions (GIFT and .xlsx):
// the dry run (parse + checks + preview) and the confirmed import, on the real database.
import { startBenchServer, login } from './bench-server.mjs';

const count = Number(process.argv[2] ?? 5000);
const server = await startBenchServer();
try {
  const token = await login(server.base, 'admin', 'Bench-Admin-1');
  const units = await fetch(`${server.base}/api/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'BENCH', name: 'Đơn vị đo', kind: 'department' }),
  }).then((r) => r.json());
  const gift = Array.from(
    { length: count },
    (_, i) =>
      `::Câu ${i + 1}:: Theo Luật Thi đua, khen thưởng năm 2022, câu hỏi thử số ${i + 1} có đáp án nào đúng? {=Phương án đúng ${i} ~Phương án sai A${i} ~Phương án sai B${i} ~Phương án sai C${i} #### Giải thích cho câu ${i + 1}.}`,
  ).join('\n\n');
  const post = async (dryRun) => {
    const data = new FormData();
    data.append('file', new Blob([gift]), 'bench.gift');
    const started = performance.now();
    const response = await fetch(`${server.base}/api/questions/import?format=gift&dryRun=${dryRun}&ownerUnitId=${units.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: data,
    });
    const body = await response.json();
    return { ms: performance.now() - started, body };
  };
  const dry = await post(true);
  const real = await post(false);
  console.log(`database: ${server.kind}; file: ${count} GIFT questions, ${(Buffer.byteLength(gift) / 1024 / 1024).toFixed(1)} MB`);
  console.log(`dry run (parse, check, preview): ${dry.ms.toFixed(0)} ms — valid ${dry.body.valid}, errors ${dry.body.errors?.length}`);
  console.log(`confirmed import:                ${real.ms.toFixed(0)} ms — imported ${real.body.imported}`);
  console.log(`rate: ${((count / real.ms) * 1000).toFixed(0)} questions/s`);
} finally {
  await server.stop();
}
