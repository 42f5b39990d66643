import { Attempt } from '../attempts/attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { Contest } from '../contests/contest.entity.js';
import { ContestRound } from '../contests/contest-round.entity.js';
import { LegalDocument } from '../questions/legal-document.entity.js';
import { Question } from '../questions/question.entity.js';
import { QuestionVersion } from '../questions/question-version.entity.js';
import { Topic } from '../questions/topic.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { AppSetting } from './app-setting.entity.js';

/** Every entity, for the application and for the TypeORM CLI's data source alike. */
export const ENTITIES = [AppSetting, Unit, User, Session, Topic, LegalDocument, Question, QuestionVersion, Contest, ContestRound, Attempt];
