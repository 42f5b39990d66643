import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { QuestionBank1764100000000 } from './1764100000000-question-bank.js';
import { TimedContests1764200000000 } from './1764200000000-timed-contests.js';
import { ContestRegistration1764300000000 } from './1764300000000-contest-registration.js';
import { LiveRounds1764400000000 } from './1764400000000-live-rounds.js';
import { ReportIndexes1764500000000 } from './1764500000000-report-indexes.js';

/** Every migration in order; listed by hand so the ESM build needs no file globbing. */
export const MIGRATIONS = [
  Foundation1764000000000,
  QuestionBank1764100000000,
  TimedContests1764200000000,
  ContestRegistration1764300000000,
  LiveRounds1764400000000,
  ReportIndexes1764500000000,
];
