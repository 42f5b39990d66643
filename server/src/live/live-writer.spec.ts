import { statementOf, type Pending } from './live-writer.js';

const ROUND = '11111111-1111-4111-8111-111111111111';

function batch(change: Partial<Pending>): Pending {
  return { players: [], events: [], answers: [], tokens: [], kicks: [], round: undefined, waiters: [], ...change };
}

const player = (id: string) => ({ id, userId: null, nickname: id, unitId: null, tokenHash: `hash-${id}`, joinedAt: 1_000 });
const answer = { playerId: 'p1', questionIndex: 0, seq: 7, response: 'a', answeredAt: 2_000, responseMs: 900, correct: true, points: 955 };

describe('statementOf: one statement per batch', () => {
  it('writes answers alone as one multi-row INSERT, no transaction needed', () => {
    const [sql, params] = statementOf(ROUND, batch({ answers: [answer, { ...answer, playerId: 'p2', seq: 8 }] }));
    expect(sql.trim().startsWith('INSERT INTO live_answer')).toBe(true);
    expect(sql).not.toContain('WITH');
    expect(params[0]).toBe(ROUND);
    expect(params[1]).toEqual(['p1', 'p2']);
    expect(params).toContainEqual(['"a"', '"a"']);
  });

  it('puts a join, its event and the round row in one statement with data-modifying CTEs', () => {
    const round = {
      seq: 3,
      status: 'lobby' as const,
      phase: 'lobby' as const,
      questionIndex: -1,
      playerCount: 1,
      startedAt: null,
      finishedAt: null,
    };
    const [sql] = statementOf(
      ROUND,
      batch({
        players: [player('p1')],
        events: [{ seq: 3, type: 'join', payload: { playerId: 'p1' }, actorUserId: null, at: 1_000 }],
        round,
      }),
    );
    expect(sql).toMatch(/^WITH w0 AS \(INSERT INTO live_player[\s\S]*\),\nw1 AS \(INSERT INTO live_event[\s\S]*\)\nUPDATE live_round/);
    expect(sql).toContain('log_seq <=');
  });

  it('folds a new token or a kick for a player inserted in the same batch into the insert', () => {
    const [sql, params] = statementOf(
      ROUND,
      batch({ players: [player('p1')], tokens: [{ playerId: 'p1', tokenHash: 'rotated' }], kicks: [{ playerId: 'p1', at: 5_000 }] }),
    );
    expect(sql).not.toContain('UPDATE live_player');
    expect(params).toContainEqual(['rotated']);
    expect(params).toContainEqual([new Date(5_000)]);
  });

  it('merges a token and a kick for an existing player into one update of the row', () => {
    const [sql, params] = statementOf(
      ROUND,
      batch({ tokens: [{ playerId: 'p9', tokenHash: 'new' }], kicks: [{ playerId: 'p9', at: 6_000 }] }),
    );
    expect(sql.match(/UPDATE live_player/g)).toHaveLength(1);
    expect(params.slice(1)).toEqual([['p9'], ['new'], [new Date(6_000)]]);
  });
});
