import { checkBank } from './check-bank.js';
import { loadBank } from './load-bank.js';

/** Prints the bank's counts by document, topic, level and type, then any problem. */
const bank = loadBank();
const tally = (key: (question: (typeof bank.questions)[number]) => string) => {
  const counts = new Map<string, number>();
  for (const question of bank.questions) counts.set(key(question), (counts.get(key(question)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `  ${String(n).padStart(4)}  ${name}`)
    .join('\n');
};
console.log(`${bank.questions.length} questions, ${bank.facts.length} facts, ${bank.documents.length} documents`);
console.log(`by document:\n${tally((q) => q.legalBasis.documentId)}`);
console.log(`by topic:\n${tally((q) => q.topic)}`);
console.log(`by cognitive level:\n${tally((q) => q.cognitiveLevel)}`);
console.log(`by type:\n${tally((q) => q.type)}`);
const problems = checkBank(bank);
console.log(problems.length === 0 ? 'no problems' : problems.join('\n'));
process.exit(problems.length === 0 ? 0 : 1);
