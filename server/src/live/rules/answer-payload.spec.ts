import { parseAnswerRequest } from './answer-payload.js';

describe('parseAnswerRequest', () => {
  it.each<[string, unknown, unknown]>([
    ['an option id', { questionIndex: 2, response: 'abc123' }, { questionIndex: 2, response: 'abc123' }],
    ['a list of option ids', { questionIndex: 0, response: ['a', 'b'] }, { questionIndex: 0, response: ['a', 'b'] }],
    [
      'an empty list (the rules refuse it later, with their own code)',
      { questionIndex: 0, response: [] },
      { questionIndex: 0, response: [] },
    ],
    ['no payload', undefined, undefined],
    ['a string', 'a', undefined],
    ['an array', [0, 'a'], undefined],
    ['a fractional index', { questionIndex: 1.5, response: 'a' }, undefined],
    ['a negative index', { questionIndex: -1, response: 'a' }, undefined],
    ['an index as text', { questionIndex: '1', response: 'a' }, undefined],
    ['no response', { questionIndex: 1 }, undefined],
    ['an empty id', { questionIndex: 1, response: '' }, undefined],
    ['a number as response', { questionIndex: 1, response: 3 }, undefined],
    ['a huge id', { questionIndex: 1, response: 'x'.repeat(65) }, undefined],
    ['a list with a number', { questionIndex: 1, response: ['a', 2] }, undefined],
    ['too many options', { questionIndex: 1, response: Array.from({ length: 21 }, (_, i) => `o${i}`) }, undefined],
    ['an unknown field', { questionIndex: 1, response: 'a', playerId: 'someone-else' }, undefined],
  ])('%s', (_name, payload, expected) => {
    expect(parseAnswerRequest(payload)).toEqual(expected);
  });
});
