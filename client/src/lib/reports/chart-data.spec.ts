import { barsHeight, CHART_COLORS, distributionChart, facilityChart, participationChart, scoreBands, shortLabel } from './chart-data.js';

const labels = { participants: 'Người dự thi', notYet: 'Có tài khoản, chưa dự thi' };

describe('participation chart', () => {
  const rows = [
    { unitName: 'THCS A1', participants: 2, registered: 3, headcount: 50 },
    { unitName: 'TH A2', participants: 1, registered: 1, headcount: null },
    { unitName: 'Trường Trung học cơ sở Nguyễn Văn Linh, xã Bình Chánh', participants: 5, registered: 4 },
  ];

  it('stacks participants with the people who have an account and did not take part', () => {
    const config = participationChart(rows, labels);
    const [taking, rest] = config.data.datasets;
    expect(taking!.data).toEqual([2, 1, 5]);
    // 3 − 2 and 1 − 1; more participants than accounts (moved since) never goes below zero.
    expect(rest!.data).toEqual([1, 0, 0]);
    expect(taking!.label).toBe('Người dự thi');
    expect(config.options?.indexAxis).toBe('y');
  });

  it('cuts long unit names for the axis', () => {
    const axis = participationChart(rows, labels).data.labels!;
    expect(axis[0]).toBe('THCS A1');
    expect(axis[2]).toHaveLength(28);
    expect(axis[2]!.endsWith('…')).toBe(true);
    expect(participationChart(rows, { ...labels, nameLength: 12 }).data.labels![2]).toBe('Trường Trun…');
  });

  it('can be drawn without animation, for printing', () => {
    expect(participationChart(rows, labels, { animate: false }).options?.animation).toBe(false);
    expect(participationChart(rows, labels).options?.animation).toBeUndefined();
    expect(participationChart(rows, labels, { pixelRatio: 3 }).options?.devicePixelRatio).toBe(3);
  });
});

describe('score bands', () => {
  it.each([
    [20, 'vi-VN', ['0–2', '2–4', '4–6', '6–8', '8–10', '10–12', '12–14', '14–16', '16–18', '18–20']],
    [5, 'vi-VN', ['0–0,5', '0,5–1', '1–1,5', '1,5–2', '2–2,5', '2,5–3', '3–3,5', '3,5–4', '4–4,5', '4,5–5']],
    [5, 'en-GB', ['0–0.5', '0.5–1', '1–1.5', '1.5–2', '2–2.5', '2.5–3', '3–3.5', '3.5–4', '4–4.5', '4.5–5']],
  ])('max %p in %s', (max, locale, expected) => {
    expect(scoreBands(max, 10, locale)).toEqual(expected);
  });

  it('labels each count of the distribution', () => {
    const config = distributionChart([0, 0, 1, 0, 0, 0, 1, 0, 0, 1], 5, 'vi-VN', 'Số người');
    expect(config.data.labels).toHaveLength(10);
    expect(config.data.datasets[0]!.data).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 0, 1]);
  });
});

describe('facility chart', () => {
  it('shows facility in percent and flagged questions in the warning colour', () => {
    const config = facilityChart(
      [
        { label: 'C1', facility: 0.956, flagged: true },
        { label: 'C2', facility: 0.5, flagged: false },
        { label: 'C3', facility: null, flagged: false },
      ],
      'Độ dễ',
    );
    const [dataset] = config.data.datasets;
    expect(dataset!.data).toEqual([95.6, 50, null]);
    expect(dataset!.backgroundColor).toEqual([CHART_COLORS.accent, CHART_COLORS.primary, CHART_COLORS.primary]);
    expect(config.options?.scales?.y?.max).toBe(100);
  });
});

describe('sizes and labels', () => {
  it.each([
    [0, 180],
    [2, 180],
    [10, 370],
  ])('%p bars need %p px', (count, expected) => {
    expect(barsHeight(count)).toBe(expected);
  });

  it('keeps short names whole and counts letters, not UTF-16 units', () => {
    expect(shortLabel('Xã A')).toBe('Xã A');
    expect(shortLabel('Trường Tiểu học Bình Chánh', 10)).toBe('Trường Ti…');
  });
});
