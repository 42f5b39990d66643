import { analyseItems } from './item-analysis.js';

// Moodle's own 25-attempt × 7-slot case: moodle/moodle mod/quiz/report/statistics/tests/fixtures/results00.csv (the
// marks), fixtures/qstats00.csv (question statistics) and stats_from_steps_walkthrough_test.php
// (check_quiz_stats_for_quiz_00: test statistics). Moodle computed the expected values independently in a spreadsheet
// and checks them at these relative tolerances: 1e-6 (facility, sd), 1e-5 (discrimination, efficiency), 1.5e-5 (test).
const RESULTS00 = `
  1,1,1,1,1,0,1        1,1,1,1,0.5,1,0      1,1,1,1,0.5,0,1      0,0,1,1,1,0,0        1,0,1,0,0,1,0.5
  1,1,1,1,0.5,0,0.5    0,1,1,1,0.5,1,0.5    1,1,1,0,0.5,1,0.5    1,0,1,1,1,1,1        0,1,1,0,0.5,1,0.5
  0.8,0,1,1,0.5,1,0.5  1,1,1,0,0.5,1,1      1,0,1,1,0.5,1,0.5    1,0,1,1,1,0,0.5      0,0,1,1,0,1,1
  1,0,1,0,0.5,1,1      0.8,0,1,1,0.5,0,1    1,0,1,1,0,1,0.5      1,0,1,1,0.5,0,0.5    0,1,1,0,0.5,1,0
  1,1,0.3333333,1,0.5,0,0.5  1,1,1,0,0.5,0,0.5  1,1,1,1,0,1,0.5  0,0,1,0,0.5,1,1      0,0,1,1,1,1,1
`;
const result = analyseItems(
  RESULTS00.trim()
    .split(/\s+/)
    .map((row, a) => ({
      attemptId: `a${a + 1}`,
      items: row.split(',').map((mark, slot) => ({ questionId: `q${slot + 1}`, credit: Number(mark), maxCredit: 1 })),
    })),
);
const near = (actual: number | null, expected: number, relative: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
};

describe("analyseItems reproduces Moodle's quiz statistics fixture", () => {
  it.each([
    ['q1', 0.704, 0.4513682901, -7.0650767526, -9.4550536967],
    ['q2', 0.48, 0.5099019514, -28.8982125772, -36.7834118938],
    ['q3', 0.973333332, 0.13333334, -9.1230674268, -21.6545012165],
    ['q4', 0.68, 0.4760952286, -22.6306444113, -31.4411395613],
    ['q5', 0.52, 0.3055050463, -17.6997047674, -21.1794802584],
    ['q6', 0.64, 0.4898979486, -45.3785178421, -56.9365974439],
    ['q7', 0.62, 0.331662479, -5.6543166602, -6.5043742058],
  ])('%s: facility, sd, discrimination index, discriminative efficiency', (id, facility, sd, di, de) => {
    const stats = result.items.find((it) => it.questionId === id)!;
    expect(stats.attempts).toBe(25);
    near(stats.facility, facility, 1e-6);
    near(stats.sd, sd, 1e-6);
    near(stats.discriminationIndex, di, 1e-5);
    near(stats.discriminativeEfficiency, de, 1e-5);
  });

  it('test statistics', () => {
    const t = result.test;
    expect(t.attempts).toBe(25);
    near(t.mean, 4.617333332, 1.5e-5);
    near(t.median, 4.5, 1.5e-5);
    near(t.sd, 0.8117265554, 1.5e-5);
    near(t.skewness, -0.092502502, 1.5e-5);
    near(t.kurtosis, -0.7073968557, 1.5e-5);
    near(t.cronbachAlpha, -87.2230935542, 1.5e-5);
    near(t.errorRatio, 136.8294900795, 1.5e-5);
    near(t.standardError, 1.1106813066, 1.5e-5);
  });
});
