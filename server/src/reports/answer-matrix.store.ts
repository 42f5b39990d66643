import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnalysisMatrix } from './rules/item-analysis.js';

/**
 * Every scored answer of the attempts an item analysis has read, per contest, kept in memory in compressed rows: an
 * attempt's answers are read once, when it is first analysed, and never change after it was submitted. Reading is
 * three set-wise queries (credits; questions drawn but never answered; the option each wrong answer chose, mapped
 * back from the attempt's shuffled option ids), each one pass over the tables rather than 2,000,000 lookups.
 */
@Injectable()
export class AnswerMatrixStore {
  private readonly contests = new Map<string, ContestAnswers>();
  /** From this many attempts on, a read goes through the tables (hash joins) instead of index lookups. */
  bulkFrom = 2_000;

  constructor(private readonly dataSource: DataSource) {}

  /** The answers of `attempts` (ids with their paper size), as a matrix over `questionIds` (the contest's pool). */
  async matrix(
    contestId: string,
    questionIds: readonly string[],
    attempts: readonly { id: string; questionCount: number }[],
  ): Promise<AnalysisMatrix> {
    let store = this.contests.get(contestId);
    if (!store || store.questionIds.join() !== questionIds.join()) {
      store = new ContestAnswers(questionIds);
      if (this.contests.size >= 8) this.contests.delete(this.contests.keys().next().value!);
      this.contests.set(contestId, store);
    }
    const missing = attempts.filter((attempt) => !store.has(attempt.id));
    for (let start = 0; start < missing.length; start += CHUNK) await this.load(store, missing.slice(start, start + CHUNK));
    return store.matrix(attempts.map((attempt) => attempt.id));
  }

  private async load(store: ContestAnswers, attempts: readonly { id: string; questionCount: number }[]): Promise<void> {
    const ids = attempts.map((attempt) => attempt.id);
    const bulk = ids.length >= this.bulkFrom;
    const params = [ids, store.questionIds];
    const [credits, wrong] = await Promise.all([
      this.read(bulk, (tx) => tx.query(CREDITS, params)).then((rows: { cells: string }[]) =>
        parseCells(rows.map((row) => row.cells).join(',')),
      ),
      this.read(bulk, (tx) => tx.query(WRONG, params)).then((rows: { wrong: string }[]) =>
        parseWrong(rows.map((row) => row.wrong).join('\x1e')),
      ),
    ]);
    const answered = new Int32Array(ids.length);
    for (const n of credits.attempt) answered[n - 1]!++;
    const incomplete = attempts.filter((attempt, index) => answered[index]! < attempt.questionCount).map((attempt) => attempt.id);
    const blank = incomplete.length
      ? parseCells(
          ((await this.dataSource.query(UNANSWERED, [...params, incomplete])) as { cells: string }[]).map((row) => row.cells).join(','),
        )
      : undefined;
    store.add(ids, credits, blank, wrong);
  }

  /** A query in its own transaction; for thousands of attempts, steered to hash joins over sequential scans. */
  private read<T>(bulk: boolean, run: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      if (bulk) for (const setting of BULK_SETTINGS) await tx.query(setting);
      return run(tx);
    });
  }
}

const CHUNK = 250_000;
const BULK_SETTINGS = [
  // Compiling these plans costs more than it saves.
  `SET LOCAL jit = off`,
  `SET LOCAL enable_nestloop = off`,
  `SET LOCAL enable_mergejoin = off`,
  `SET LOCAL enable_indexscan = off`,
  `SET LOCAL enable_bitmapscan = off`,
  `SET LOCAL work_mem = '256MB'`,
];
const WANTED = `WITH wanted AS (SELECT * FROM unnest($1::uuid[]) WITH ORDINALITY AS w(id, n)),
  questions AS (SELECT * FROM unnest($2::uuid[]) WITH ORDINALITY AS q(id, k))`;
/**
 * "n k credit,…": the n-th wanted attempt earned `credit` on the k-th question (1-based). In slices of a few thousand
 * attempts, so that no single value sent back runs to tens of megabytes.
 */
const CREDITS = `${WANTED}
  SELECT string_agg(w.n || ' ' || q.k || CASE x.credit WHEN 1 THEN ' 1' WHEN 0 THEN ' 0' ELSE ' ' || coalesce(x.credit, 0) END, ',') AS cells
    FROM attempt_answer x JOIN wanted w ON w.id = x.attempt_id JOIN questions q ON q.id = x.question_id
   GROUP BY w.n / 4096`;
const UNANSWERED = `${WANTED}
  SELECT string_agg(w.n || ' ' || q.k || ' 0', ',') AS cells
    FROM attempt_item i JOIN wanted w ON w.id = i.attempt_id JOIN questions q ON q.id = i.question_id
   WHERE i.attempt_id = ANY($3::uuid[])
     AND NOT EXISTS (SELECT 1 FROM attempt_answer x WHERE x.attempt_id = i.attempt_id AND x.question_id = i.question_id)
   GROUP BY w.n / 4096`;
/** The version's option id behind per-attempt id `value` (jsonb): looked up by position for up to 8 options, else by path. */
const OPTION_OF = (value: string) => `CASE ${value} #>> '{}'
  ${Array.from({ length: 8 }, (_, j) => `WHEN i.option_map->${j}->>'id' THEN i.option_map->${j}->>'optionId'`).join(' ')}
  ELSE coalesce(jsonb_path_query_first(i.option_map, '$[*] ? (@.id == $r).optionId', jsonb_build_object('r', ${value})) #>> '{}', ${value} #>> '{}') END`;
/**
 * "n k response" records (fields split by U+001F, records by U+001E) of every answer short of full credit: an option
 * id, sorted option ids joined by ",", or the text typed. The wrong answers (under half of them) make the hash table
 * attempt_item is read through once; PostgreSQL may split that join over parallel workers.
 */
const WRONG = `${WANTED},
  wrong AS (
    SELECT w.n, q.k, x.attempt_id, x.question_id, x.response FROM attempt_answer x JOIN wanted w ON w.id = x.attempt_id JOIN questions q ON q.id = x.question_id
     WHERE (x.credit IS NULL OR x.credit < 0.999999999) AND x.response <> 'null'::jsonb)
  SELECT string_agg(wrong.n || E'\\x1f' || wrong.k || E'\\x1f' || translate(CASE jsonb_typeof(wrong.response)
           WHEN 'array' THEN (SELECT string_agg(o, ',' ORDER BY o) FROM (SELECT ${OPTION_OF('e')} AS o FROM jsonb_array_elements(wrong.response) e) chosen)
           ELSE ${OPTION_OF('wrong.response')} END, E'\\x1e\\x1f', '  '), E'\\x1e') AS wrong
    FROM attempt_item i JOIN wrong ON wrong.attempt_id = i.attempt_id AND wrong.question_id = i.question_id
   GROUP BY wrong.n / 4096`;

/** The WRONG records as [n, k, response], scanned without splitting the text into a string per field. */
export function parseWrong(text: string): [number, number, string][] {
  const records: [number, number, string][] = [];
  for (let position = 0; position < text.length;) {
    let n = 0;
    let k = 0;
    for (let code = text.charCodeAt(position); position < text.length && code !== 0x1f; code = text.charCodeAt(++position))
      n = n * 10 + code - 48;
    for (let code = text.charCodeAt(++position); position < text.length && code !== 0x1f; code = text.charCodeAt(++position))
      k = k * 10 + code - 48;
    const end = text.indexOf('\x1e', ++position);
    records.push([n, k, text.slice(position, end < 0 ? text.length : end)]);
    position = end < 0 ? text.length : end + 1;
  }
  return records;
}

interface Cells {
  attempt: Int32Array;
  question: Int32Array;
  credit: Float64Array;
}

/** "n k credit,n k credit,…" without a string per cell: 2,000,000 of them parse in a few hundred milliseconds. */
export function parseCells(text: string): Cells {
  let count = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const cells: Cells = { attempt: new Int32Array(count), question: new Int32Array(count), credit: new Float64Array(count) };
  let position = 0;
  const integer = () => {
    let value = 0;
    for (let code = text.charCodeAt(position); code >= 48 && code <= 57; code = text.charCodeAt(++position)) value = value * 10 + code - 48;
    position++;
    return value;
  };
  for (let cell = 0; cell < count; cell++) {
    cells.attempt[cell] = integer();
    cells.question[cell] = integer();
    const end = text.indexOf(',', position);
    const stop = end < 0 ? text.length : end;
    const code = text.charCodeAt(position);
    // Credits are almost always 0 or 1: read those without making a string.
    cells.credit[cell] = stop === position + 1 && (code === 48 || code === 49) ? code - 48 : Number(text.slice(position, stop));
    position = stop + 1;
  }
  return cells;
}

/** One contest's answers in compressed rows, growing as attempts are read; wrong responses as codes into a table. */
class ContestAnswers {
  private readonly rows = new Map<string, { start: number; end: number }>();
  private columns = new Int32Array(1024);
  private credits = new Float64Array(1024);
  /** 0: none; otherwise 1 + an index into `texts`. */
  private responses = new Int32Array(1024);
  private readonly texts: string[] = [];
  private readonly codes = new Map<string, number>();
  private size = 0;

  constructor(readonly questionIds: readonly string[]) {}

  has(attemptId: string): boolean {
    return this.rows.has(attemptId);
  }

  /** Cells are 1-based (n: the n-th of `ids`; k: the k-th question). */
  add(ids: readonly string[], answered: Cells, blank: Cells | undefined, wrong: readonly [number, number, string][]): void {
    const all = blank ? concatCells(answered, blank) : answered;
    const perAttempt = new Int32Array(ids.length + 1);
    for (const n of all.attempt) perAttempt[n]!++;
    for (let n = 1; n <= ids.length; n++) perAttempt[n]! += perAttempt[n - 1]!;
    this.reserve(this.size + all.attempt.length);
    const next = perAttempt.slice(0, ids.length);
    for (let cell = 0; cell < all.attempt.length; cell++) {
      const entry = this.size + next[all.attempt[cell]! - 1]!++;
      this.columns[entry] = all.question[cell]! - 1;
      this.credits[entry] = all.credit[cell]!;
      this.responses[entry] = 0;
    }
    ids.forEach((id, index) => this.rows.set(id, { start: this.size + perAttempt[index]!, end: this.size + perAttempt[index + 1]! }));
    for (const [n, k, response] of wrong) {
      let code = this.codes.get(response);
      if (code === undefined) {
        this.texts.push(response);
        this.codes.set(response, (code = this.texts.length));
      }
      for (let entry = this.size + perAttempt[n - 1]!; entry < this.size + perAttempt[n]!; entry++)
        if (this.columns[entry] === k - 1) this.responses[entry] = code;
    }
    this.size += all.attempt.length;
  }

  matrix(attemptIds: readonly string[]): AnalysisMatrix {
    const rowStarts = new Int32Array(attemptIds.length + 1);
    const rows = attemptIds.map((id) => this.rows.get(id)!);
    rows.forEach((row, index) => (rowStarts[index + 1] = rowStarts[index]! + row.end - row.start));
    const entries = rowStarts[attemptIds.length]!;
    const columns = new Int32Array(entries);
    const credits = new Float64Array(entries);
    const responses: (string | null)[] = [];
    for (const row of rows) {
      columns.set(this.columns.subarray(row.start, row.end), responses.length);
      credits.set(this.credits.subarray(row.start, row.end), responses.length);
      for (let entry = row.start; entry < row.end; entry++)
        responses.push(this.responses[entry] ? this.texts[this.responses[entry]! - 1]! : null);
    }
    return { questionIds: this.questionIds, rowStarts, columns, credits, maxCredits: 1, responses };
  }

  private reserve(capacity: number): void {
    if (capacity <= this.columns.length) return;
    const grown = Math.max(capacity, this.columns.length * 2);
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const bigger = make(grown);
      bigger.set(old);
      return bigger;
    };
    this.columns = grow(this.columns, (n) => new Int32Array(n));
    this.credits = grow(this.credits, (n) => new Float64Array(n));
    this.responses = grow(this.responses, (n) => new Int32Array(n));
  }
}

function concatCells(a: Cells, b: Cells): Cells {
  const join = <T extends Int32Array | Float64Array>(x: T, y: T, make: (n: number) => T) => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    attempt: join(a.attempt, b.attempt, (n) => new Int32Array(n)),
    question: join(a.question, b.question, (n) => new Int32Array(n)),
    credit: join(a.credit, b.credit, (n) => new Float64Array(n)),
  };
}
