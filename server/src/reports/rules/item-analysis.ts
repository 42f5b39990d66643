/**
 * Item analysis ("By question") with Moodle's definitions. Pure: attempts in, figures out.
 *
 * Every formula follows the moodle/moodle sources of the quiz statistics report:
 *  - Q  = question/classes/statistics/questions/calculator.php (initial_steps_walker, initial_question_walker,
 *         secondary_steps_walker, secondary_question_walker);
 *  - T  = mod/quiz/report/statistics/classes/calculator.php (calculate, median, sum_of_powers_of_difference_to_mean);
 *  - TB = mod/quiz/report/statistics/statistics_table.php (col_sd shows sd / maxmark).
 * Checked against Moodle's own fixture (mod/quiz/report/statistics/tests/fixtures/qstats00.csv and
 * stats_from_steps_walkthrough_test.php) in item-analysis.moodle.spec.ts.
 *
 * Units: an item's mark is `credit` (0…maxCredit), an attempt's total is the sum of its items' credits, exactly like
 * Moodle's step mark and `sumgrades`. Test mean / median / sd / standardError are in those raw marks (Moodle's page
 * rescales them to the quiz grade; the caller may divide by the test's maximum). facility and sd are fractions 0…1;
 * discriminationIndex, discriminativeEfficiency, cronbachAlpha and errorRatio are percentages, as Moodle shows them.
 * Unanswered questions should be passed with credit 0: a question absent from an attempt leaves that attempt out of the
 * question's own figures (like a Moodle slot never reached), while the attempt still counts for the test.
 */

export interface AnalysisItem {
  questionId: string;
  /** Mark earned, 0…maxCredit (0…1 on Lantoa, where every question is worth 1). */
  credit: number;
  maxCredit: number;
  response?: string | null;
}
export interface AnalysisAttempt {
  attemptId: string;
  items: AnalysisItem[];
}
export type ItemFlag = 'low_efficiency' | 'too_easy' | 'too_hard';

export interface ItemStats {
  questionId: string;
  /** Attempts in which this question appears (Moodle's s). */
  attempts: number;
  /** Mean mark ÷ max mark, 0…1. */
  facility: number | null;
  /** Sample SD of the mark ÷ max mark, 0…1 (Moodle's column "Standard deviation"). */
  sd: number | null;
  /** Pearson correlation of the mark with the rest of the test (total − this mark), in percent: −100…100. */
  discriminationIndex: number | null;
  /** Covariance with the rest of the test ÷ the largest covariance these marginals allow, in percent. */
  discriminativeEfficiency: number | null;
  mostChosenWrong: { response: string; count: number } | null;
  flags: ItemFlag[];
}

/**
 * attempts: attempts analysed (Moodle's s). mean, median, sd (sample, s − 1) and standardError are raw marks;
 * skewness and kurtosis (excess) are unitless; cronbachAlpha (Moodle's "coefficient of internal consistency") and
 * errorRatio are percentages.
 */
export const TEST_FIGURES = ['mean', 'median', 'sd', 'skewness', 'kurtosis', 'cronbachAlpha', 'errorRatio', 'standardError'] as const;
export type TestStats = { attempts: number } & Record<(typeof TEST_FIGURES)[number], number | null>;

export interface ItemAnalysis {
  items: ItemStats[];
  test: TestStats;
}

export const LOW_EFFICIENCY_PERCENT = 15;
export const TOO_EASY_FACILITY = 0.9;
export const TOO_HARD_FACILITY = 0.1;

/** Where PHP tests a float for truthiness (`if ($k2 != 0)`), we call |x| < 1e-12 zero, so rounding noise on a
 * constant column (e.g. every credit 0.1) gives null rather than a meaningless ratio of two tiny numbers. */
const ZERO = 1e-12;
const isZero = (x: number) => Math.abs(x) < ZERO;
const FULL_CREDIT_SLACK = 1e-9;

/**
 * The same analysis from a sparse attempts × questions matrix (compressed rows), which is what a report over 100,000
 * attempts can afford: no object per answer, and no cell for the questions a paper did not draw. Attempt `a`'s answers
 * are entries rowStarts[a] … rowStarts[a + 1] − 1: each a question column, the credit earned, the max credit (one number
 * for every entry, or one per entry) and, optionally, the response. At most one entry per question and attempt.
 */
export interface AnalysisMatrix {
  questionIds: readonly string[];
  /** attempts + 1 offsets into the entries, from 0. */
  rowStarts: ArrayLike<number>;
  columns: ArrayLike<number>;
  credits: ArrayLike<number>;
  maxCredits: number | ArrayLike<number>;
  responses?: readonly (string | null | undefined)[];
}

export function analyseItems(attempts: readonly AnalysisAttempt[]): ItemAnalysis {
  const columnOf = new Map<string, number>();
  const rowStarts = [0];
  const columns: number[] = [];
  const credits: number[] = [];
  const maxCredits: number[] = [];
  const responses: (string | null)[] = [];
  for (const attempt of attempts) {
    const seen = new Set<string>();
    for (const item of attempt.items) {
      if (seen.has(item.questionId)) continue; // the first of duplicates wins
      seen.add(item.questionId);
      if (!columnOf.has(item.questionId)) columnOf.set(item.questionId, columnOf.size);
      columns.push(columnOf.get(item.questionId)!);
      credits.push(finite(item.credit));
      maxCredits.push(Math.max(0, finite(item.maxCredit)));
      responses.push(item.response ?? null);
    }
    rowStarts.push(columns.length);
  }
  return analyseMatrix({ questionIds: [...columnOf.keys()], rowStarts, columns, credits, maxCredits, responses });
}

export function analyseMatrix(matrix: AnalysisMatrix): ItemAnalysis {
  const { questionIds, rowStarts, columns, credits, maxCredits, responses } = matrix;
  const rows = rowStarts.length - 1;
  const entries = rows < 0 ? 0 : rowStarts[rows]!;
  if (rows < 0 || rowStarts[0] !== 0 || columns.length !== entries || credits.length !== entries)
    throw new RangeError(`A matrix of ${rows} attempts needs ${entries} columns and credits (got ${columns.length}, ${credits.length})`);
  const maxOf = typeof maxCredits === 'number' ? () => maxCredits : (entry: number) => maxCredits[entry]!;
  // Q::get_latest_steps: summarks = sum of the attempt's marks. Entries by question, in attempt order.
  const totals = new Float64Array(rows);
  const rowOf = new Int32Array(entries);
  const perQuestion = new Int32Array(questionIds.length + 1);
  for (let row = 0; row < rows; row++) {
    let total = 0;
    for (let entry = rowStarts[row]!; entry < rowStarts[row + 1]!; entry++) {
      total += credits[entry]!;
      rowOf[entry] = row;
      perQuestion[columns[entry]! + 1]!++;
    }
    totals[row] = total;
  }
  for (let column = 0; column < questionIds.length; column++) perQuestion[column + 1]! += perQuestion[column]!;
  const byQuestion = new Int32Array(entries);
  const filled = perQuestion.slice(0, questionIds.length);
  for (let entry = 0; entry < entries; entry++) byQuestion[filled[columns[entry]!]!++] = entry;

  const items: ItemStats[] = [];
  let sumOfMarkVariance = 0; // Q::calculate: sumofmarkvariance += markvariance (null adds 0 in PHP)
  questionIds.forEach((questionId, column) => {
    const mine = byQuestion.subarray(perQuestion[column]!, perQuestion[column + 1]!);
    if (mine.length === 0) return; // a question no attempt drew is not reported, as Moodle reports no unused slot
    // Plain loops: TypedArray.from with a mapping function is many times slower in V8.
    const [marks, others, maxes] = [new Float64Array(mine.length), new Float64Array(mine.length), new Float64Array(mine.length)];
    for (let i = 0; i < mine.length; i++) {
      const entry = mine[i]!;
      marks[i] = credits[entry]!;
      // Q::initial_steps_walker (position stat): other marks = summarks − this mark.
      others[i] = totals[rowOf[entry]!]! - marks[i]!;
      maxes[i] = maxOf(entry);
    }
    const wrong = responses ? mostChosenWrong(mine, (i) => responses[mine[i]!] ?? null, marks, maxes) : null;
    const { stats, markVariance } = analyseItem(questionId, marks, others, maxes, wrong);
    sumOfMarkVariance += markVariance ?? 0;
    items.push(stats);
  });
  return { items, test: testStats(totals, items.length, sumOfMarkVariance) };
}

function analyseItem(
  questionId: string,
  marks: Float64Array,
  others: Float64Array,
  maxes: Float64Array,
  wrong: ItemStats['mostChosenWrong'],
): { stats: ItemStats; markVariance: number | null } {
  const s = marks.length;
  const maxMark = mean(maxes); // Moodle's slot maxmark; constant in practice
  const markAverage = mean(marks);
  const otherAverage = mean(others);
  // Q::initial_question_walker: facility = markaverage / maxmark (null when maxmark is 0).
  const facility = maxMark > 0 ? markAverage / maxMark : null;

  let sd: number | null = null;
  let discriminationIndex: number | null = null;
  let discriminativeEfficiency: number | null = null;
  let markVariance: number | null = null;
  if (s > 1) {
    // Q::secondary_steps_walker: sums of squared / cross deviations, and the covariance of the separately sorted
    // marks and other marks (covariancemax); Q::secondary_question_walker divides all of them by s − 1.
    const sortedMarks = Float64Array.from(marks).sort();
    const sortedOthers = Float64Array.from(others).sort();
    const sum = { markSq: 0, otherSq: 0, cross: 0, crossMax: 0 };
    for (let i = 0; i < s; i++) {
      const dm = marks[i]! - markAverage;
      const dother = others[i]! - otherAverage;
      sum.markSq += dm * dm;
      sum.otherSq += dother * dother;
      sum.cross += dm * dother;
      sum.crossMax += (sortedMarks[i]! - markAverage) * (sortedOthers[i]! - otherAverage);
    }
    markVariance = sum.markSq / (s - 1);
    const otherVariance = sum.otherSq / (s - 1);
    const covariance = sum.cross / (s - 1);
    const covarianceMax = sum.crossMax / (s - 1);
    // TB::col_sd: sd / maxmark.
    sd = maxMark > 0 ? Math.sqrt(markVariance) / maxMark : null;
    // discriminationindex = 100 · covariance / √(markvariance · othermarkvariance), when that product is non-zero.
    const degenerate = isZero(markVariance) || isZero(otherVariance);
    if (!degenerate) discriminationIndex = (100 * covariance) / Math.sqrt(markVariance * otherVariance);
    // discriminativeefficiency = 100 · covariance / covariancemax, when covariancemax is non-zero (which, for sorted
    // pairs, is exactly when neither variance is zero).
    if (!degenerate && !isZero(covarianceMax)) discriminativeEfficiency = (100 * covariance) / covarianceMax;
  }

  const figures = { facility, sd, discriminationIndex, discriminativeEfficiency };
  return { stats: { questionId, attempts: s, ...figures, mostChosenWrong: wrong, flags: flagsFor(figures) }, markVariance };
}

function flagsFor({ facility, discriminativeEfficiency }: Pick<ItemStats, 'facility' | 'discriminativeEfficiency'>): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (discriminativeEfficiency !== null && discriminativeEfficiency < LOW_EFFICIENCY_PERCENT) flags.push('low_efficiency');
  if (facility !== null && facility > TOO_EASY_FACILITY) flags.push('too_easy');
  if (facility !== null && facility < TOO_HARD_FACILITY) flags.push('too_hard');
  return flags;
}

/** Most frequent non-empty response among answers short of full marks; ties go to the smaller string (stable order). */
function mostChosenWrong(
  answers: ArrayLike<unknown>,
  responseOf: (i: number) => string | null,
  marks: Float64Array,
  maxes: Float64Array,
): ItemStats['mostChosenWrong'] {
  const counts = new Map<string, number>();
  for (let i = 0; i < answers.length; i++) {
    if (marks[i]! >= maxes[i]! - FULL_CREDIT_SLACK) continue;
    const response = responseOf(i);
    if (response === null || response === '') continue;
    counts.set(response, (counts.get(response) ?? 0) + 1);
  }
  let best: { response: string; count: number } | null = null;
  for (const [response, count] of counts) {
    if (!best || count > best.count || (count === best.count && response < best.response)) best = { response, count };
  }
  return best;
}

function testStats(totals: Float64Array, p: number, sumOfMarkVariance: number): TestStats {
  const s = totals.length;
  const test = { attempts: s, ...Object.fromEntries(TEST_FIGURES.map((key) => [key, null])) } as TestStats;
  if (s === 0) return test;
  const avg = mean(totals);
  test.mean = avg;
  // T::median: sort, take the middle mark or the mean of the two middle marks.
  const sorted = Float64Array.from(totals).sort();
  test.median = s % 2 === 0 ? (sorted[s / 2 - 1] + sorted[s / 2]) / 2 : sorted[(s - 1) / 2];
  if (s < 2) return test;
  // T::sum_of_powers_of_difference_to_mean, then sd = √(power2 / (s − 1)).
  const power = (k: number) => totals.reduce((acc, x) => acc + (x - avg) ** k, 0);
  const [power2, power3, power4] = [power(2), power(3), power(4)];
  test.sd = Math.sqrt(power2 / (s - 1));
  if (s < 3) return test; // T::calculate computes all of the following only when s > 2 (the CIC too).
  const [m2, m3, m4] = [power2 / s, power3 / s, power4 / s];
  const k2 = (s * m2) / (s - 1);
  const k3 = (s * s * m3) / ((s - 1) * (s - 2));
  if (isZero(k2)) return test;
  test.skewness = k3 / k2 ** 1.5;
  if (s > 3) {
    const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
    test.kurtosis = k4 / (k2 * k2);
  }
  if (p > 1) {
    // cic = 100·p/(p−1) · (1 − Σ item mark variances / k2); errorratio = 100·√(1 − cic/100); SE = errorratio·sd/100.
    const cic = ((100 * p) / (p - 1)) * (1 - sumOfMarkVariance / k2);
    test.cronbachAlpha = cic;
    // 1 − cic/100 ≥ 0 when every attempt has every item (k2 ≤ p·Σ item variances); rounding may dip below 0 at
    // alpha = 100 %, and attempts missing items can break the bound, where Moodle would get NaN: null instead.
    const unexplained = 1 - cic / 100;
    if (unexplained > -ZERO) {
      test.errorRatio = 100 * Math.sqrt(Math.max(0, unexplained));
      test.standardError = (test.errorRatio * test.sd) / 100;
    }
  }
  return test;
}

function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return xs.length === 0 ? 0 : sum / xs.length;
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
