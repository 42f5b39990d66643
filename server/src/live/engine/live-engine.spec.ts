import { LiveRefusal, type EngineConfig, type EngineQuestion, type LiveCommand, type LivePhase } from './engine-types.js';
import { LiveEngine } from './live-engine.js';
import { replay, type LoggedCommand } from './replay.js';

const SECONDS = 10;
const T = SECONDS * 1000;

function question(correct = 'a'): EngineQuestion {
  return { type: 'single', optionIds: ['a', 'b', 'c', 'd'], correctOptionIds: [correct], seconds: SECONDS };
}

function config(change: Partial<EngineConfig> = {}, count = 3): EngineConfig {
  return {
    mode: 'speed',
    questions: Array.from({ length: count }, () => question()),
    lateJoinUntilQuestion: null,
    rescueScope: 'last',
    bestPlayerFromQuestion: 1,
    graceMs: 0,
    ...change,
  };
}

function join(engine: LiveEngine, id: string, at = 0, unitId: string | null = null) {
  return engine.join({ type: 'join', playerId: id, nickname: id.toUpperCase(), unitId, unitName: unitId ? `Trường ${unitId}` : null }, at);
}

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof LiveRefusal) return error.code;
    throw error;
  }
  return undefined;
}

type Stage = 'lobby' | 'question' | 'closed' | 'revealed' | 'leaderboard' | 'last leaderboard' | 'finished';

/** An engine with players p1 and p2 brought to a stage; the clock it stopped at. */
function at(stage: Stage, change: Partial<EngineConfig> = {}): { engine: LiveEngine; now: number } {
  const engine = new LiveEngine(config(change, 2));
  join(engine, 'p1');
  join(engine, 'p2');
  let now = 1_000;
  if (stage === 'lobby') return { engine, now };
  engine.start(now);
  if (stage === 'question') return { engine, now };
  const answerAll = () => {
    engine.answer('p1', engine.questionIndex, 'a', now + 1_000);
    engine.answer('p2', engine.questionIndex, 'b', now + 2_000);
    now += 2_000;
  };
  if (stage === 'finished') {
    engine.end(now);
    return { engine, now };
  }
  answerAll();
  if (stage === 'closed') return { engine, now };
  engine.reveal(now);
  if (stage === 'revealed') return { engine, now };
  engine.next(now);
  if (stage === 'leaderboard') return { engine, now };
  engine.next(now);
  answerAll();
  engine.reveal(now);
  engine.next(now);
  return { engine, now };
}

describe('LiveEngine: every host transition', () => {
  type Expect = LivePhase | string;
  it.each<[Stage, 'start' | 'reveal' | 'next' | 'end', Expect, number | null]>([
    ['lobby', 'start', 'question', 0],
    ['lobby', 'reveal', 'LIVE_INVALID_TRANSITION', null],
    ['lobby', 'next', 'LIVE_INVALID_TRANSITION', null],
    ['lobby', 'end', 'finished', null],
    ['question', 'start', 'LIVE_INVALID_TRANSITION', null],
    ['question', 'reveal', 'revealed', 0],
    ['question', 'next', 'LIVE_INVALID_TRANSITION', null],
    ['question', 'end', 'finished', null],
    ['closed', 'start', 'LIVE_INVALID_TRANSITION', null],
    ['closed', 'reveal', 'revealed', 0],
    ['closed', 'next', 'LIVE_INVALID_TRANSITION', null],
    ['closed', 'end', 'finished', null],
    ['revealed', 'start', 'LIVE_INVALID_TRANSITION', null],
    ['revealed', 'reveal', 'LIVE_INVALID_TRANSITION', null],
    ['revealed', 'next', 'leaderboard', 0],
    ['revealed', 'end', 'finished', null],
    ['leaderboard', 'start', 'LIVE_INVALID_TRANSITION', null],
    ['leaderboard', 'reveal', 'LIVE_INVALID_TRANSITION', null],
    ['leaderboard', 'next', 'question', 1],
    ['leaderboard', 'end', 'finished', null],
    ['last leaderboard', 'next', 'finished', 1],
    ['last leaderboard', 'end', 'finished', null],
    ['finished', 'start', 'LIVE_INVALID_TRANSITION', null],
    ['finished', 'reveal', 'LIVE_INVALID_TRANSITION', null],
    ['finished', 'next', 'LIVE_INVALID_TRANSITION', null],
    ['finished', 'end', 'LIVE_INVALID_TRANSITION', null],
  ])('%s + %s → %s', (stage, command, expected, index) => {
    const { engine, now } = at(stage);
    const code = refusal(() => engine.apply({ type: command }, now + 10));
    if (expected.startsWith('LIVE_')) {
      expect(code).toBe(expected);
      return;
    }
    expect(code).toBeUndefined();
    expect(engine.phase).toBe(expected);
    if (index !== null) expect(engine.questionIndex).toBe(index);
  });

  it.each<[Stage, string | undefined]>([
    ['lobby', 'LIVE_INVALID_TRANSITION'],
    ['question', 'LIVE_INVALID_TRANSITION'],
    ['closed', 'LIVE_INVALID_TRANSITION'],
    ['revealed', undefined],
    ['leaderboard', undefined],
    ['finished', 'LIVE_INVALID_TRANSITION'],
  ])('elimination: rescue in %s → %s', (stage, expected) => {
    const { engine, now } = at(stage, { mode: 'elimination' });
    expect(refusal(() => engine.rescue('last', now))).toBe(expected);
  });

  it('rescue is refused outside elimination mode', () => {
    const { engine, now } = at('revealed', { mode: 'speed' });
    expect(refusal(() => engine.rescue('all', now))).toBe('LIVE_INVALID_TRANSITION');
  });

  it('opens a question with its deadline on the server clock', () => {
    const { engine } = at('lobby');
    engine.start(5_000);
    expect(engine).toMatchObject({ phase: 'question', questionIndex: 0, openedAt: 5_000, closesAt: 5_000 + T, startedAt: 5_000 });
    expect(engine.answerCount()).toEqual({ questionIndex: 0, answered: 0, eligible: 2 });
  });

  it('closes on the timer, grace included, and dates the close at the deadline', () => {
    const engine = new LiveEngine(config({ graceMs: 300 }));
    join(engine, 'p1');
    engine.start(0);
    expect(engine.tick(T + 299)).toBe(false);
    expect(engine.phase).toBe('question');
    expect(engine.tick(T + 300)).toBe(true);
    expect(engine).toMatchObject({ phase: 'closed', closedAt: T + 300 });
  });

  it('closes as soon as every player who may answer has answered', () => {
    const { engine } = at('question');
    engine.answer('p1', 0, 'a', 2_000);
    expect(engine.phase).toBe('question');
    engine.answer('p2', 0, 'c', 3_500);
    expect(engine).toMatchObject({ phase: 'closed', closedAt: 3_500 });
  });

  it('ends mid-question: the answers in are scored, nothing is revealed', () => {
    const { engine } = at('question');
    engine.answer('p1', 0, 'a', 1_000);
    engine.end(2_000);
    expect(engine.phase).toBe('finished');
    expect(engine.player('p1')!.score).toBe(1000);
    expect(engine.lastRevealed).toBe(-1);
  });
});

describe('LiveEngine: answers refused with a code', () => {
  it.each<[string, (engine: LiveEngine) => unknown, string]>([
    ['a player who never joined', (e) => e.answer('ghost', 0, 'a', 1_500), 'LIVE_NOT_JOINED'],
    [
      'a kicked player',
      (e) => {
        e.kick('p2', 1_200);
        return e.answer('p2', 0, 'a', 1_500);
      },
      'LIVE_PLAYER_KICKED',
    ],
    ['another question than the open one', (e) => e.answer('p1', 1, 'a', 1_500), 'LIVE_WRONG_QUESTION'],
    ['a negative index', (e) => e.answer('p1', -1, 'a', 1_500), 'LIVE_WRONG_QUESTION'],
    ['after the deadline', (e) => e.answer('p1', 0, 'a', 1_000 + T), 'LIVE_QUESTION_CLOSED'],
    [
      'after the reveal',
      (e) => {
        e.reveal(2_000);
        return e.answer('p1', 0, 'a', 2_001);
      },
      'LIVE_QUESTION_CLOSED',
    ],
    [
      'a second answer',
      (e) => {
        e.answer('p1', 0, 'b', 1_100);
        return e.answer('p1', 0, 'a', 1_200);
      },
      'LIVE_ALREADY_ANSWERED',
    ],
    ['an option that does not exist', (e) => e.answer('p1', 0, 'zz', 1_100), 'ANSWER_INVALID'],
    ['a list for a single-choice question', (e) => e.answer('p1', 0, ['a'], 1_100), 'ANSWER_INVALID'],
  ])('%s', (_name, run, code) => {
    const { engine } = at('question');
    expect(refusal(() => run(engine))).toBe(code);
  });

  it('refuses answers in the lobby as for another question', () => {
    const { engine } = at('lobby');
    expect(refusal(() => engine.answer('p1', 0, 'a', 2_000))).toBe('LIVE_WRONG_QUESTION');
  });

  it('refuses an eliminated player', () => {
    const { engine, now } = at('leaderboard', { mode: 'elimination' });
    engine.next(now);
    expect(engine.player('p2')!.eliminated).toBe(true);
    expect(refusal(() => engine.answer('p2', 1, 'a', now + 100))).toBe('LIVE_ELIMINATED');
  });

  it('accepts an answer within the grace, scored as at the buzzer', () => {
    const engine = new LiveEngine(config({ graceMs: 500 }));
    join(engine, 'p1');
    join(engine, 'p2');
    engine.start(0);
    const answer = engine.answer('p1', 0, 'a', T + 400);
    expect(answer).toMatchObject({ responseMs: T, correct: true, points: 500 });
  });
});

describe('LiveEngine: joining', () => {
  type Setup = (engine: LiveEngine) => void;
  const open =
    (index: number): Setup =>
    (engine) => {
      join(engine, 'p1');
      engine.start(0);
      for (let i = 0; i < index; i++) {
        engine.answer('p1', i, 'a', 100 + i);
        engine.reveal(200 + i);
        engine.next(300 + i);
        engine.next(400 + i);
      }
    };
  const closed: Setup = (engine) => {
    open(0)(engine);
    engine.answer('p1', 0, 'a', 100);
  };
  const betweenQuestions: Setup = (engine) => {
    closed(engine);
    engine.reveal(200);
    engine.next(300);
  };
  const afterLast: Setup = (engine) => {
    open(2)(engine);
    engine.answer('p1', 2, 'a', 900);
    engine.reveal(901);
  };
  it.each<[string, number | null, Setup, number | string]>([
    ['in the lobby', 0, () => undefined, 0],
    ['question 1 open, late join until question 1', 1, open(0), 0],
    ['question 1 open, no late join', 0, open(0), 'LIVE_JOIN_CLOSED'],
    ['question 1 closed, late join until question 1', 1, closed, 'LIVE_JOIN_CLOSED'],
    ['question 1 closed, late join until question 2', 2, closed, 1],
    ['between questions 1 and 2, until question 2', 2, betweenQuestions, 1],
    ['question 2 open, until question 1', 1, open(1), 'LIVE_JOIN_CLOSED'],
    ['question 3 open, any time', null, open(2), 2],
    ['after the last question closed, any time', null, afterLast, 'LIVE_JOIN_CLOSED'],
  ])('%s (limit %s) → %s', (_name, limit, setup, expected) => {
    const engine = new LiveEngine(config({ lateJoinUntilQuestion: limit }));
    setup(engine);
    let firstQuestion: number | undefined;
    const code = refusal(() => (firstQuestion = join(engine, 'late', 1_000).firstQuestion));
    if (typeof expected === 'string') expect(code).toBe(expected);
    else expect(firstQuestion).toBe(expected);
  });

  it('refuses joining a finished round', () => {
    const { engine, now } = at('finished');
    expect(refusal(() => join(engine, 'late', now))).toBe('LIVE_JOIN_CLOSED');
  });

  it('a late joiner ranks last without moving anyone, and may answer the open question', () => {
    const { engine, now } = at('leaderboard');
    const before = engine.ranking().map((player) => [player.id, player.rank]);
    engine.next(now);
    const late = join(engine, 'late', now + 100);
    expect(late.rank).toBe(3);
    expect(
      engine
        .ranking()
        .slice(0, 2)
        .map((player) => [player.id, player.rank]),
    ).toEqual(before);
    expect(engine.answerCount().eligible).toBe(3);
    expect(engine.answer('late', 1, 'a', now + 200).correct).toBe(true);
  });

  it('a question a player could not answer neither resets the streak nor eliminates', () => {
    const engine = new LiveEngine(config({ mode: 'elimination' }));
    join(engine, 'p1');
    engine.start(0);
    engine.answer('p1', 0, 'b', 100); // wrong: p1 leaves the floor
    join(engine, 'late', 150); // after the close: starts at question 2
    engine.reveal(200);
    expect(engine.player('late')).toMatchObject({ firstQuestion: 1, eliminated: false });
    expect(engine.tally(0)!.eliminatedPlayerIds).toEqual(['p1']);
  });
});

describe('LiveEngine: speed scoring and streaks', () => {
  // [question index, response ms or null for no answer, right?] → points, score, streak after
  it('scores a run: correct answers by time, streak bonus, reset by a wrong or missing answer', () => {
    const engine = new LiveEngine(config({}, 9));
    join(engine, 'p1');
    join(engine, 'p2');
    const script: [number | null, boolean, number, number][] = [
      [2_000, true, 900, 1],
      [0, true, 1100, 2],
      [5_000, true, 750 + 200, 3],
      [1_000, false, 0, 0],
      [T - 1, true, 500, 1],
      [null, false, 0, 0],
      [0, true, 1000, 1],
      [0, true, 1100, 2],
      [0, true, 1200, 3],
    ];
    let now = 0;
    let expectedScore = 0;
    engine.start(now);
    script.forEach(([ms, right, points, streak], index) => {
      const opened = engine.openedAt!;
      if (ms !== null) expect(engine.answer('p1', index, right ? 'a' : 'b', opened + ms).points).toBe(points);
      engine.reveal(opened + T);
      expectedScore += points;
      expect(engine.player('p1')).toMatchObject({ score: expectedScore, streak });
      now = opened + T + 1;
      engine.next(now);
      engine.next(now);
    });
    expect(engine.phase).toBe('finished');
  });

  it('caps the streak bonus at +500', () => {
    const engine = new LiveEngine(config({}, 8));
    join(engine, 'p1');
    engine.start(0);
    const points: number[] = [];
    for (let index = 0; index < 8; index++) {
      points.push(engine.answer('p1', index, 'a', engine.openedAt!).points);
      engine.reveal(engine.openedAt! + 1);
      engine.next(engine.openedAt! + 2);
      engine.next(engine.openedAt! + 3);
    }
    expect(points).toEqual([1000, 1100, 1200, 1300, 1400, 1500, 1500, 1500]);
  });

  it('flat mode: one point per correct answer', () => {
    const { engine } = at('revealed', { mode: 'flat' });
    expect(engine.player('p1')!.score).toBe(1);
    expect(engine.player('p2')!.score).toBe(0);
  });

  it('moves points only when a question closes, so ranks change once per question', () => {
    const { engine } = at('question');
    engine.answer('p2', 0, 'a', 1_500);
    expect(engine.player('p2')!.score).toBe(0);
    engine.answer('p1', 0, 'a', 3_000);
    expect(engine.player('p2')).toMatchObject({ score: 975, rank: 1, previousRank: 2 });
    expect(engine.player('p1')).toMatchObject({ score: 900, rank: 2, previousRank: 1 });
  });

  it('ranks equal scores by total response time over correct answers, then by join order', () => {
    const engine = new LiveEngine(config({ mode: 'flat' }, 2));
    for (const id of ['p1', 'p2', 'p3']) join(engine, id);
    engine.start(0);
    engine.answer('p3', 0, 'b', 500);
    engine.answer('p2', 0, 'a', 1_000);
    engine.answer('p1', 0, 'a', 4_000);
    engine.reveal(5_000);
    engine.next(5_000);
    engine.next(5_000);
    engine.answer('p1', 1, 'a', 5_100);
    engine.answer('p2', 1, 'b', 5_100);
    engine.answer('p3', 1, 'a', 5_100 + 3_900);
    expect(engine.ranking().map((player) => [player.id, player.score, player.correctMs])).toEqual([
      ['p1', 2, 4_100],
      ['p2', 1, 1_000],
      ['p3', 1, 4_000],
    ]);
  });
});

describe('LiveEngine: kick', () => {
  it('keeps a kicked player out of the ranking, the counts and the answers', () => {
    const { engine } = at('question');
    join(engine, 'p3', 1_100);
    engine.answer('p2', 0, 'b', 1_200);
    expect(engine.answerCount()).toEqual({ questionIndex: 0, answered: 1, eligible: 3 });
    expect(engine.kick('p2', 1_300)).toBe(true);
    expect(engine.answerCount()).toEqual({ questionIndex: 0, answered: 0, eligible: 2 });
    expect(engine.tally(0)!.distribution.get('b')).toBe(0);
    expect(engine.kick('p2', 1_400)).toBe(false);
    expect(engine.playerCount).toBe(2);
    expect(engine.ranking().map((player) => player.id)).toEqual(['p1', 'p3']);
    expect(engine.player('p2')!.rank).toBeUndefined();
  });

  it('closes the question when the only player yet to answer is kicked', () => {
    const { engine } = at('question');
    engine.answer('p1', 0, 'a', 1_200);
    engine.kick('p2', 1_300);
    expect(engine).toMatchObject({ phase: 'closed', closedAt: 1_300 });
  });

  it('refuses kicking someone unknown, or after the end', () => {
    expect(refusal(() => at('lobby').engine.kick('ghost', 2_000))).toBe('LIVE_NOT_JOINED');
    const { engine, now } = at('finished');
    expect(refusal(() => engine.kick('p1', now))).toBe('LIVE_INVALID_TRANSITION');
  });
});

describe('LiveEngine: elimination ("Rung chuông vàng") and rescue', () => {
  function floor(change: Partial<EngineConfig> = {}, count = 4) {
    const engine = new LiveEngine(config({ mode: 'elimination', ...change }, count));
    for (const id of ['p1', 'p2', 'p3', 'p4']) join(engine, id);
    engine.start(0);
    return engine;
  }
  const play = (engine: LiveEngine, answers: Record<string, string>) => {
    const opened = engine.openedAt!;
    for (const [id, response] of Object.entries(answers)) engine.answer(id, engine.questionIndex, response, opened + 1_000);
    return engine.reveal(opened + 2_000);
  };
  const advance = (engine: LiveEngine) => {
    engine.next(engine.openedAt! + 3_000);
    engine.next(engine.openedAt! + 3_000);
  };
  const onFloor = (engine: LiveEngine) =>
    engine
      .ranking()
      .filter((player) => !player.eliminated)
      .map((player) => player.id);

  it('eliminates a wrong or missing answer at the reveal, not before', () => {
    const engine = floor();
    engine.answer('p1', 0, 'a', 100);
    engine.answer('p2', 0, 'b', 200);
    engine.answer('p4', 0, 'a', 300);
    engine.tick(T);
    expect(engine.phase).toBe('closed');
    expect(engine.player('p2')!.eliminated).toBe(false);
    const tally = engine.reveal(T + 1);
    expect(tally.eliminatedPlayerIds).toEqual(['p2', 'p3']);
    expect(engine.player('p3')).toMatchObject({ eliminated: true, eliminatedAt: 0 });
    expect(engine.remaining).toBe(2);
  });

  it("rescues those eliminated on the last question ('last'), logged, and not twice", () => {
    const engine = floor();
    play(engine, { p1: 'a', p2: 'b', p3: 'a', p4: 'a' });
    advance(engine);
    play(engine, { p1: 'a', p3: 'c' }); // p3 and p4 leave on question 2
    expect(onFloor(engine)).toEqual(['p1']);
    const record = engine.rescue(undefined, 9_000);
    expect(record).toEqual({ afterQuestion: 1, scope: 'last', playerIds: ['p3', 'p4'], at: 9_000 });
    expect(onFloor(engine).sort()).toEqual(['p1', 'p3', 'p4']);
    expect(engine.player('p2')!.eliminated).toBe(true);
    expect(refusal(() => engine.rescue('last', 9_100))).toBe('LIVE_RESCUE_NOT_POSSIBLE');
    expect(engine.rescues).toHaveLength(1);
  });

  it("rescues everyone eliminated ('all'), kicked players excepted", () => {
    const engine = floor({ rescueScope: 'all' });
    play(engine, { p1: 'a', p2: 'b', p3: 'a', p4: 'a' }); // p2 leaves on question 1
    advance(engine);
    play(engine, { p1: 'a', p4: 'b' }); // p3 and p4 leave on question 2
    engine.kick('p3', 8_000);
    const record = engine.rescue(undefined, 9_000);
    expect(record.playerIds).toEqual(['p2', 'p4']);
    expect(engine.remaining).toBe(3);
  });

  it('a rescued player answers again and can be eliminated again', () => {
    const engine = floor();
    play(engine, { p1: 'a', p2: 'b', p3: 'a', p4: 'a' });
    engine.rescue('last', 2_500);
    advance(engine);
    expect(engine.answer('p2', 1, 'b', engine.openedAt! + 10).correct).toBe(false);
    engine.reveal(engine.openedAt! + 2_000);
    expect(engine.player('p2')).toMatchObject({ eliminated: true, eliminatedAt: 1 });
  });

  it.each<[string, number, number, string | null]>([
    ['names the sole survivor after any question', 1, 2, 'p1'],
    ['not before question k', 3, 2, null],
    ['from question k on', 3, 3, 'p1'],
  ])('best player: %s', (_name, bestFrom, questionsPlayed, expected) => {
    const engine = floor({ bestPlayerFromQuestion: bestFrom });
    play(engine, { p1: 'a', p2: 'a', p3: 'b', p4: 'b' });
    for (let index = 1; index < questionsPlayed; index++) {
      advance(engine);
      play(engine, index === 1 ? { p1: 'a', p2: 'b' } : { p1: 'a' });
    }
    expect(engine.bestPlayerId).toBe(expected);
  });

  it('the best player stays named after a rescue', () => {
    const engine = floor();
    play(engine, { p1: 'a' });
    expect(engine.bestPlayerId).toBe('p1');
    engine.rescue('last', 2_500);
    expect(engine.bestPlayerId).toBe('p1');
  });

  it('rings the golden bell for whoever on the floor answers the final question right', () => {
    const engine = floor({}, 2);
    play(engine, { p1: 'a', p2: 'a', p3: 'a', p4: 'b' });
    advance(engine);
    const tally = play(engine, { p1: 'a', p2: 'a', p3: 'c' });
    expect(tally.goldenBellPlayerIds).toEqual(['p1', 'p2']);
    expect(engine.goldenBellPlayerIds).toEqual(['p1', 'p2']);
    engine.next(99_000);
    engine.next(99_000);
    expect(engine.phase).toBe('finished');
  });

  it('no golden bell when nobody gets the final question', () => {
    const engine = floor({}, 1);
    expect(play(engine, { p1: 'b' }).goldenBellPlayerIds).toEqual([]);
  });

  it('keeps the points of eliminated players (one per correct answer)', () => {
    const engine = floor();
    play(engine, { p1: 'a', p2: 'a', p3: 'a', p4: 'a' });
    advance(engine);
    play(engine, { p1: 'a', p2: 'b' });
    expect(engine.player('p2')).toMatchObject({ score: 1, eliminated: true });
    expect(engine.player('p1')!.score).toBe(2);
  });
});

describe('replay', () => {
  it('rebuilds the same state from the logged commands and their server times', () => {
    const cfg = config({ mode: 'elimination', graceMs: 200 }, 4);
    const live = new LiveEngine(cfg);
    const log: LoggedCommand[] = [];
    let seq = 0;
    const run = (command: LiveCommand, at: number) => {
      try {
        live.apply(command, at);
        log.push({ seq: ++seq, at, command });
      } catch (error) {
        if (!(error instanceof LiveRefusal)) throw error;
      }
    };
    const joinCommand = (id: string): LiveCommand => ({ type: 'join', playerId: id, nickname: id, unitId: null, unitName: null });
    ['p1', 'p2', 'p3', 'p4', 'p5'].forEach((id, index) => run(joinCommand(id), index));
    run({ type: 'start' }, 100);
    run({ type: 'answer', playerId: 'p1', questionIndex: 0, response: 'a' }, 1_000);
    run({ type: 'answer', playerId: 'p2', questionIndex: 0, response: 'b' }, 1_500);
    run({ type: 'answer', playerId: 'p2', questionIndex: 0, response: 'a' }, 1_600); // refused, not logged
    run({ type: 'kick', playerId: 'p5' }, 2_000);
    run({ type: 'answer', playerId: 'p3', questionIndex: 0, response: 'a' }, 100 + T + 100); // in the grace
    run({ type: 'answer', playerId: 'p4', questionIndex: 0, response: 'a' }, 100 + T + 250); // too late
    run({ type: 'reveal' }, 20_000);
    run({ type: 'rescue', scope: 'last' }, 20_500);
    run({ type: 'next' }, 21_000);
    run({ type: 'next' }, 22_000);
    run({ type: 'answer', playerId: 'p4', questionIndex: 1, response: 'a' }, 23_000);
    expect(log).toHaveLength(15);

    const { engine, refused } = replay(cfg, [...log].reverse(), 22_000 + T + 200);
    expect(refused).toEqual([]);
    live.tick(22_000 + T + 200);
    const snapshot = (e: LiveEngine) => ({
      phase: e.phase,
      index: e.questionIndex,
      closedAt: e.closedAt,
      rescues: e.rescues,
      players: e.allPlayers().map(({ answers, ...rest }) => ({ ...rest, answers: answers.map((a) => a && { ...a }) })),
      tallies: [0, 1].map((i) => ({ ...e.tally(i), distribution: [...e.tally(i)!.distribution] })),
    });
    expect(snapshot(engine)).toEqual(snapshot(live));
    expect(engine.phase).toBe('closed');
    expect(engine.player('p3')!.answers[0]).toMatchObject({ responseMs: T, points: 1 });
  });

  it('reports a command the rules refuse instead of failing the whole rebuild', () => {
    const cfg = config();
    const { refused, engine } = replay(cfg, [
      { seq: 1, at: 0, command: { type: 'start' } },
      { seq: 2, at: 5, command: { type: 'start' } },
    ]);
    expect(refused).toEqual([{ seq: 2, code: 'LIVE_INVALID_TRANSITION' }]);
    expect(engine.phase).toBe('question');
  });
});
