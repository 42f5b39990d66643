import { parseJoinRequest } from './join-payload.js';

const unitId = '0b6f8a52-3c1e-4a8e-9d51-5d2b7b1f2c3a';

describe('parseJoinRequest', () => {
  it.each<[string, unknown, unknown]>([
    ['a PIN and a nickname', { pin: '123456', nickname: 'Minh Anh' }, { pin: '123456', nickname: 'Minh Anh' }],
    ['with a school and a resume token', { pin: '123456', unitId, resumeToken: 'tok' }, { pin: '123456', unitId, resumeToken: 'tok' }],
    ['a PIN alone (an account)', { pin: '123456' }, { pin: '123456' }],
    ['an empty nickname (the service refuses it with its own code)', { pin: '123456', nickname: '' }, { pin: '123456', nickname: '' }],
    ['no payload', undefined, undefined],
    ['a bare PIN', '123456', undefined],
    ['no PIN', { nickname: 'An' }, undefined],
    ['a numeric PIN', { pin: 123456 }, undefined],
    ['a long PIN', { pin: '1'.repeat(13) }, undefined],
    ['a school that is not a uuid', { pin: '123456', unitId: 'school-1' }, undefined],
    ['a nickname that is not text', { pin: '123456', nickname: ['An'] }, undefined],
    ['a huge nickname', { pin: '123456', nickname: 'x'.repeat(201) }, undefined],
    ['an empty resume token', { pin: '123456', resumeToken: '' }, undefined],
    ['an unknown field', { pin: '123456', playerId: unitId }, undefined],
  ])('%s', (_name, payload, expected) => {
    expect(parseJoinRequest(payload)).toEqual(expected);
  });
});
