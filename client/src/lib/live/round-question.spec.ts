import { closedQuestionView } from './round-question.js';

const questions = [
  {
    index: 0,
    type: 'single' as const,
    stem: 'Câu một',
    options: [{ id: 'a', text: 'A', correct: true } as { id: string; text: string }],
    seconds: 20,
  },
  {
    index: 1,
    type: 'true_false' as const,
    stem: 'Câu hai',
    options: [
      { id: 't', text: 'Đúng', correct: false },
      { id: 'f', text: 'Sai', correct: true },
    ],
    seconds: 15,
  },
];

describe('closedQuestionView', () => {
  it('rebuilds the question at an index without its key, with no time left', () => {
    const view = closedQuestionView(questions, 1, Date.parse('2025-11-26T01:00:00Z'));
    expect(view).toEqual({
      index: 1,
      count: 2,
      type: 'true_false',
      stem: 'Câu hai',
      options: [
        { id: 't', text: 'Đúng' },
        { id: 'f', text: 'Sai' },
      ],
      seconds: 15,
      openedAt: '2025-11-26T01:00:00.000Z',
      closesAt: '2025-11-26T01:00:00.000Z',
      serverNow: '2025-11-26T01:00:00.000Z',
    });
    expect(JSON.stringify(view)).not.toContain('correct');
  });

  it('has nothing for an index the round does not have', () => {
    expect(closedQuestionView(questions, 5, 0)).toBeNull();
  });
});
