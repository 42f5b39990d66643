import { LIVE_LOBBY_LIST_LIMIT } from '../live-contract.js';
import type { EngineConfig } from './engine-types.js';
import { LiveEngine } from './live-engine.js';
import {
  finishedView,
  leaderboardView,
  lobbyView,
  meView,
  playerResultView,
  questionView,
  revealView,
  stateView,
  unitStandings,
  type RoundContent,
} from './views.js';

const options = ['a', 'b', 'c'].map((id) => ({ id, text: `Phương án ${id}` }));
const content = (mode: RoundContent['mode'], showStemOnPhones = false): RoundContent => ({
  roundId: 'r1',
  title: 'Rung chuông vàng',
  mode,
  showStemOnPhones,
  questions: [0, 1].map((index) => ({
    type: 'single' as const,
    stem: `Câu ${index + 1}`,
    options,
    explanation: 'Giải thích',
    citation: 'Điều 5, Luật Thi đua, khen thưởng',
  })),
});
const config = (mode: EngineConfig['mode']): EngineConfig => ({
  mode,
  questions: [0, 1].map(() => ({ type: 'single' as const, optionIds: ['a', 'b', 'c'], correctOptionIds: ['a'], seconds: 10 })),
  lateJoinUntilQuestion: null,
  rescueScope: 'last',
  bestPlayerFromQuestion: 1,
  graceMs: 0,
});

function play(mode: EngineConfig['mode'], answers: [string, string][][]) {
  const engine = new LiveEngine(config(mode));
  for (const [id, unit] of [
    ['p1', 'u1'],
    ['p2', 'u1'],
    ['p3', 'u2'],
    ['p4', null],
  ] as const) {
    engine.join({ type: 'join', playerId: id, nickname: id.toUpperCase(), unitId: unit, unitName: unit ? `Trường ${unit}` : null }, 0);
  }
  engine.start(1_000);
  answers.forEach((round, index) => {
    const opened = engine.openedAt!;
    round.forEach(([id, response], order) => engine.answer(id, index, response, opened + 1_000 * (order + 1)));
    engine.reveal(opened + 9_000);
    if (index < answers.length - 1) {
      engine.next(opened + 9_500);
      engine.next(opened + 9_600);
    }
  });
  return engine;
}

describe('views', () => {
  it('hides the stem on phones unless the host shows it there; the host always has it', () => {
    const engine = play('speed', []);
    expect(questionView(engine, content('speed'), 2_000, 'phone').stem).toBeUndefined();
    expect(questionView(engine, content('speed', true), 2_000, 'phone').stem).toBe('Câu 1');
    expect(questionView(engine, content('speed'), 2_000, 'host')).toMatchObject({
      index: 0,
      count: 2,
      stem: 'Câu 1',
      seconds: 10,
      openedAt: new Date(1_000).toISOString(),
      closesAt: new Date(11_000).toISOString(),
      serverNow: new Date(2_000).toISOString(),
    });
  });

  it('puts the question in a snapshot state only when asked', () => {
    const engine = play('speed', []);
    expect(stateView(engine, content('speed'), 2_000).question).toBeUndefined();
    expect(stateView(engine, content('speed'), 2_000, 'phone')).toMatchObject({
      phase: 'question',
      playerCount: 4,
      question: { index: 0 },
    });
    expect(stateView(engine, content('speed'), 2_000).remaining).toBeUndefined();
  });

  it('reveals the key, the distribution and who did not answer, with no key before', () => {
    const engine = play('speed', [
      [
        ['p1', 'a'],
        ['p2', 'b'],
        ['p3', 'a'],
      ],
    ]);
    expect(revealView(engine, content('speed'), 'phone')).toEqual({
      questionIndex: 0,
      correctOptionIds: ['a'],
      distribution: [
        { optionId: 'a', count: 2 },
        { optionId: 'b', count: 1 },
        { optionId: 'c', count: 0 },
      ],
      noAnswer: 1,
      explanation: 'Giải thích',
      citation: 'Điều 5, Luật Thi đua, khen thưởng',
    });
  });

  it('elimination: names who left the floor to the host only', () => {
    const engine = play('elimination', [
      [
        ['p1', 'a'],
        ['p2', 'b'],
        ['p3', 'a'],
      ],
    ]);
    const phone = revealView(engine, content('elimination'), 'phone');
    expect(phone).toMatchObject({ eliminatedCount: 2, remaining: 2 });
    expect(phone.eliminatedPlayerIds).toBeUndefined();
    expect(phone.onFloor).toBeUndefined();
    const host = revealView(engine, content('elimination'), 'host');
    expect(host.eliminatedPlayerIds).toEqual(['p2', 'p4']);
    expect(host.onFloor).toEqual([
      { playerId: 'p1', nickname: 'P1', unitName: 'Trường u1' },
      { playerId: 'p3', nickname: 'P3', unitName: 'Trường u2' },
    ]);
  });

  it('each player learns their points, score, streak and rank', () => {
    const engine = play('speed', [
      [
        ['p1', 'a'],
        ['p2', 'b'],
      ],
    ]);
    expect(playerResultView(engine, engine.player('p1')!)).toEqual({
      questionIndex: 0,
      correct: true,
      answered: true,
      points: 950,
      score: 950,
      streak: 1,
      rank: 1,
      eliminated: false,
    });
    expect(playerResultView(engine, engine.player('p4')!)).toMatchObject({ answered: false, correct: false, points: 0, rank: 4 });
  });

  it('the leaderboard shows the top, the movers and schools by mean score', () => {
    const engine = play('speed', [
      [['p1', 'a']],
      [
        ['p4', 'a'],
        ['p3', 'a'],
        ['p1', 'b'],
      ],
    ]);
    const board = leaderboardView(engine);
    // p1 and p4 tie on 950 points and 1 s: p1 joined first.
    expect(board.top.map((s) => [s.playerId, s.score, s.rank, s.previousRank])).toEqual([
      ['p1', 950, 1, 1],
      ['p4', 950, 2, 4],
      ['p3', 900, 3, 3],
      ['p2', 0, 4, 2],
    ]);
    expect(board.movers.map((s) => s.playerId)).toEqual(['p4']);
    expect(board.units).toEqual([
      { unitId: 'u2', unitName: 'Trường u2', players: 1, totalScore: 900, meanScore: 900 },
      { unitId: 'u1', unitName: 'Trường u1', players: 2, totalScore: 950, meanScore: 475 },
    ]);
    expect(unitStandings(engine)).toEqual(board.units);
  });

  it('the finish has a podium of three, and in elimination the best player and the golden bell', () => {
    const engine = play('elimination', [
      [
        ['p1', 'a'],
        ['p2', 'a'],
      ],
      [['p1', 'a']],
    ]);
    engine.next(99_000);
    engine.next(99_000);
    const finished = finishedView(engine);
    expect(finished.podium.map((s) => s.playerId)).toEqual(['p1', 'p2', 'p3']);
    expect(finished).toMatchObject({ bestPlayerId: 'p1', goldenBellPlayerIds: ['p1'] });
    expect(finishedView(play('speed', [])).bestPlayerId).toBeUndefined();
  });

  it('the lobby lists the latest players up to the limit and counts them all, kicked ones left out', () => {
    const engine = new LiveEngine(config('flat'));
    for (let index = 0; index < LIVE_LOBBY_LIST_LIMIT + 5; index++) {
      engine.join({ type: 'join', playerId: `p${index}`, nickname: `Người ${index}`, unitId: null, unitName: null }, index);
    }
    engine.kick('p0', 10_000);
    const lobby = lobbyView(engine, 7);
    expect(lobby.count).toBe(LIVE_LOBBY_LIST_LIMIT + 4);
    expect(lobby.players).toHaveLength(LIVE_LOBBY_LIST_LIMIT);
    expect(lobby.players.at(-1)!.playerId).toBe(`p${LIVE_LOBBY_LIST_LIMIT + 4}`);
    expect(lobby.connected).toBe(7);
  });

  it('me: whether I answered the open question, my rank and school', () => {
    const engine = play('speed', []);
    engine.answer('p1', 0, 'a', 1_500);
    expect(meView(engine, engine.player('p1')!)).toEqual({
      playerId: 'p1',
      nickname: 'P1',
      unitName: 'Trường u1',
      score: 0,
      streak: 0,
      rank: 1,
      eliminated: false,
      answered: true,
    });
    expect(meView(engine, engine.player('p4')!)).toMatchObject({ answered: false, rank: 4 });
  });
});
