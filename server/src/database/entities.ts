import { Session } from '../auth/session.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { AppSetting } from './app-setting.entity.js';

/** Every entity, for the application and for the TypeORM CLI's data source alike. */
export const ENTITIES = [AppSetting, Unit, User, Session];
