import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UsersService } from '../users/users.service.js';
import { AppError } from '../common/errors/app-error.js';
import { generatePassword } from './password.js';

/** First start on an empty database: the `admin` account, with ADMIN_PASSWORD or a random password printed once. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.countAdmins()) > 0) return;
    const password = this.config.adminPassword ?? `${generatePassword(6)}-${generatePassword(6)}`;
    try {
      await this.users.create('system', { username: 'admin', password, fullName: 'Quản trị hệ thống', role: 'admin' });
    } catch (error) {
      // Another server process starting on the same empty database created it first.
      if (error instanceof AppError && error.code === 'USERNAME_TAKEN') return;
      throw error;
    }
    if (this.config.adminPassword) this.logger.log('created the account "admin" with the password from ADMIN_PASSWORD');
    else this.logger.warn(`created the account "admin" with the password ${password} (shown once; change it after signing in)`);
  }
}
