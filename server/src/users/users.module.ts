import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { CredentialsStore } from './credentials-store.js';
import { RosterImportService } from './roster-import.service.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), UnitsModule],
  controllers: [UsersController],
  providers: [UsersService, RosterImportService, CredentialsStore],
  exports: [UsersService],
})
export class UsersModule {}
