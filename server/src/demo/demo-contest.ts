import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AttemptSimulation } from '../attempts/attempt-simulation.service.js';
import { ContestsService } from '../contests/contests.service.js';
import { UnitsService } from '../units/units.service.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_COMMUNES, DEMO_FAMILY_NAMES, DEMO_GIVEN_NAMES, DEMO_MIDDLE_NAMES } from './demo-units.js';

const DAY = 86_400_000;
const SIMULATED_PER_SCHOOL = 20;

/** A seeded pseudo-random sequence, so the demo looks the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The demo's contest: published, one round closed and one open now, with a few hundred finished attempts. */
@Injectable()
export class DemoContest {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly contests: ContestsService,
    private readonly units: UnitsService,
    private readonly users: UsersService,
    private readonly simulation: AttemptSimulation,
  ) {}

  async seed(admin: AuthUser, departmentId: string, password: string): Promise<string> {
    const started = Date.now();
    const now = Date.now();
    const contest = await this.contests.create(admin, {
      title: 'Tìm hiểu Luật Thi đua, khen thưởng năm 2022 (dữ liệu mẫu)',
      description:
        'Cuộc thi mẫu để xem thử Lantoa: 20 câu hỏi rút ngẫu nhiên từ ngân hàng câu hỏi về Luật Thi đua, khen thưởng năm 2022, Nghị định 152/2025/NĐ-CP và gương điển hình tiên tiến.',
      rules:
        'Mỗi lượt thi 20 phút, 20 câu hỏi. Mỗi đợt được thi tối đa 3 lượt, tính lượt có kết quả cao nhất. Xếp hạng: nhiều câu đúng hơn, sau đó dự đoán gần đúng hơn, thời gian làm bài ngắn hơn, nộp bài sớm hơn.',
      ownerUnitId: departmentId,
      rounds: [
        { name: 'Tuần 1', opensAt: new Date(now - 14 * DAY).toISOString(), closesAt: new Date(now - 7 * DAY).toISOString() },
        { name: 'Tuần 2', opensAt: new Date(now - 7 * DAY).toISOString(), closesAt: new Date(now + 7 * DAY).toISOString() },
      ],
      durationSeconds: 1200,
      questionCount: 20,
      drawMatrix: [
        { topic: null, cognitiveLevel: 'recognition', count: 8 },
        { topic: null, cognitiveLevel: 'comprehension', count: 6 },
        { topic: null, cognitiveLevel: 'application', count: 4 },
        { topic: null, cognitiveLevel: 'high_application', count: 2 },
      ],
      attemptsAllowed: 3,
      review: 'immediately',
    });
    await this.contests.publish(admin, contest.id);
    await this.contests.markDemo(contest.id);
    const [closedRound, openRound] = contest.rounds;
    const random = seeded(2025);
    let attempts = 0;
    for (const commune of DEMO_COMMUNES) {
      for (const school of commune.schools) {
        const [unit] = await this.units.findByCodes([school.code]);
        const people = Array.from({ length: SIMULATED_PER_SCHOOL }, (_, index) => {
          const student = school.level !== 'MN' && index % 3 !== 0;
          const n = Math.floor(random() * 10_000);
          return {
            username: `mau.${school.code.toLowerCase().replace(/^demo-/, '')}.${index + 1}`,
            fullName: `${DEMO_FAMILY_NAMES[n % DEMO_FAMILY_NAMES.length]} ${DEMO_MIDDLE_NAMES[n % DEMO_MIDDLE_NAMES.length]} ${DEMO_GIVEN_NAMES[n % DEMO_GIVEN_NAMES.length]} (mẫu)`,
            kind: student ? ('student' as const) : ('staff' as const),
            className: student ? (school.level === 'TH' ? '5A' : '9A') : null,
          };
        });
        const accounts = await this.users.insertParticipants(unit!.id, people, password);
        for (const person of accounts) {
          const skill = 0.45 + random() * 0.5;
          for (const round of [closedRound!, openRound!]) {
            if (round === openRound && random() < 0.4) continue;
            const window = Date.parse(round.closesAt) - Date.parse(round.opensAt);
            const start = new Date(Date.parse(round.opensAt) + random() * Math.min(window, now - Date.parse(round.opensAt)) * 0.9);
            await this.simulation.finishedAttempt(person, contest.id, round.id, skill, random, start, 240_000 + random() * 900_000);
            attempts++;
          }
        }
      }
    }
    this.logger.log(`demo contest: ${attempts} simulated finished attempts in ${Date.now() - started} ms`);
    return contest.id;
  }
}
