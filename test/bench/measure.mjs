// Readings and statistics shared by the benchmark scripts: CPU and memory of a process from
// /proc, the machine's busy time, percentiles, and number formatting.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

export const TICK = 100; // getconf CLK_TCK on Linux
export const CORES = cpus().length;

export function procTimes(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime 14, stime 15, cutime 16, cstime 17
    return { comm, own: (Number(fields[11]) + Number(fields[12])) / TICK, children: (Number(fields[13]) + Number(fields[14])) / TICK };
  } catch {
    return undefined;
  }
}

export function procMemory(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, hwmMb: 0 };
  }
}

/** CPU seconds of every local postgres process, with the postmaster's reaped children (closed backends). */
export function postgresCpu() {
  let total = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const times = procTimes(entry);
    if (times?.comm !== 'postgres') continue;
    found = true;
    total += times.own + times.children;
  }
  return found ? total : undefined;
}

export function machineCpu() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { total, idle: values[3] + values[4] };
}

export function reading(pid) {
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    server: procTimes(pid)?.own ?? 0,
    memory: procMemory(pid),
    postgres: postgresCpu(),
    machine: machineCpu(),
    loadgen: (usage.user + usage.system) / 1e6,
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Completions per whole second since `start` (ms values relative to performance.now()). */
export function perSecond(doneAts, start) {
  const buckets = [];
  for (const at of doneAts) {
    const second = Math.floor((at - start) / 1000);
    buckets[second] = (buckets[second] ?? 0) + 1;
  }
  return Array.from(buckets, (value) => value ?? 0);
}

export const fmt = (value, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';
export const pad = (text, width, right = false) => (right ? String(text).padEnd(width) : String(text).padStart(width));
