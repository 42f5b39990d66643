import type { Locator, Page } from 'playwright-core';
import type { Api } from './api.js';

export interface ContestSummary {
  id: string;
  title: string;
  status: string;
  rounds: { id: string; name: string; state: 'upcoming' | 'open' | 'closed' }[];
}

const HOUR = 3_600_000;

/**
 * A published contest open now that the demo participants may take: the demo's own one (titled
 * "(dữ liệu mẫu)") when it is there, otherwise one created and published here by the organizer.
 * `fresh` always creates one (a shared database where the demo participants may have used their attempts).
 */
export async function openContest(organizer: Api, options: { fresh?: boolean; title?: string } = {}): Promise<ContestSummary> {
  if (!options.fresh) {
    const listed = await organizer.get<ContestSummary[]>('/api/contests');
    if (listed.status !== 200) throw new Error(`GET /api/contests: HTTP ${listed.status} ${listed.text}`);
    const demo = listed.body.find(
      (contest) =>
        contest.status === 'published' && contest.title.includes('(dữ liệu mẫu)') && contest.rounds.some((round) => round.state === 'open'),
    );
    if (demo) return demo;
  }
  const now = Date.now();
  const created = await organizer.post<ContestSummary>('/api/contests', {
    title: options.title ?? `Cuộc thi kiểm thử ${new Date(now).toISOString().slice(0, 16)}`,
    description: 'Cuộc thi tạo bởi bài kiểm thử đầu-cuối.',
    rounds: [{ name: 'Tuần 1', opensAt: new Date(now - HOUR).toISOString(), closesAt: new Date(now + 24 * HOUR).toISOString() }],
    durationSeconds: 1200,
    questionCount: 20,
    attemptsAllowed: 3,
    predictionEnabled: true,
    review: 'immediately',
  });
  if (created.status !== 201) throw new Error(`POST /api/contests: HTTP ${created.status} ${created.text}`);
  const published = await organizer.post<ContestSummary>(`/api/contests/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publish: HTTP ${published.status} ${published.text}`);
  return published.body;
}

/**
 * Answers the question on screen: an option (the `which`-th, wrapping) or, for a typed answer, a
 * number (valid for numeric and short-text questions alike). Resolves once the server has saved it.
 */
export async function answerCurrent(page: Page, which: number): Promise<void> {
  const question = page.getByTestId('attempt-question');
  await question.waitFor();
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && /\/api\/attempts\/[^/]+\/answers\//.test(response.url()) && response.ok(),
  );
  const options = question.getByTestId('attempt-option');
  const count = await options.count();
  if (count > 0) {
    const option = options.nth(which % count);
    // A single-choice option already chosen is not sent again: pick another one then.
    if ((await option.getAttribute('data-selected')) === 'true') await options.nth((which + 1) % count).click();
    else await option.click();
  } else {
    const input = question.getByTestId('attempt-text');
    await input.fill(String(which + 1));
    await input.press('Tab');
  }
  await saved;
}

/** The number in a data attribute, e.g. the countdown's milliseconds left. */
export async function numberAttribute(locator: Locator, name: string): Promise<number> {
  const value = await locator.first().getAttribute(name);
  const parsed = Number(value);
  if (value === null || !Number.isFinite(parsed)) throw new Error(`${name}="${value}" is not a number`);
  return parsed;
}
