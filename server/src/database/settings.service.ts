import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppSetting } from './app-setting.entity.js';

/** Small installation-wide values kept in the database, shared by every server process. */
@Injectable()
export class SettingsService {
  constructor(@InjectRepository(AppSetting) private readonly settings: Repository<AppSetting>) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.settings.findOneBy({ key }))?.value;
  }

  /** Stores `create()` under `key` unless a value is already there; returns the value that won. */
  async getOrCreate(key: string, create: () => string): Promise<string> {
    await this.settings.createQueryBuilder().insert().values({ key, value: create() }).orIgnore().execute();
    return (await this.get(key))!;
  }
}
