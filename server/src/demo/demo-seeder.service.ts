import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UnitsService } from '../units/units.service.js';
import { UsersService } from '../users/users.service.js';
import { SeedBankService } from '../questions/seed-bank.service.js';
import { DemoContest } from './demo-contest.js';
import { DEMO_COMMUNES, DEMO_FAMILY_NAMES, DEMO_GIVEN_NAMES, DEMO_MIDDLE_NAMES, type DemoSchool } from './demo-units.js';

export const DEMO_PASSWORD = 'demo1234';
const SYSTEM: AuthUser = {
  id: 'system',
  username: 'system',
  fullName: 'system',
  role: 'admin',
  unitId: null,
  kind: null,
  className: null,
  unitPath: null,
};
const STAFF_PER_SCHOOL = 3;
const STUDENTS_PER_SCHOOL = 6;

/** On an empty database with DEMO_DATA on: a labelled demo tree, organizers and participants, printed at start. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly units: UnitsService,
    private readonly users: UsersService,
    private readonly seedBank: SeedBankService,
    private readonly demoContest: DemoContest,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || (await this.units.count()) > 0) return;
    const started = Date.now();
    const { accounts, departmentId } = await this.dataSource.transaction(async (tx) => {
      const accounts = await this.seed(tx);
      return { accounts, departmentId: (await this.units.roots(tx))[0]!.id };
    });
    const bank = await this.seedBank.loadQuestions(departmentId);
    // The department's demo organizer runs the demo contest, as a real organizer would.
    const organizer = await this.users.findAuthUser((await this.users.findWithPassword('tochuc.so'))!.id);
    await this.demoContest.seed(organizer!, departmentId, DEMO_PASSWORD);
    this.logger.log(`demo data loaded in ${Date.now() - started} ms (${bank.added} questions in the department's bank)`);
    const url = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    this.logger.log(
      [
        `Lantoa is running with DEMO data (clearly labelled "mẫu") at ${url}`,
        `  demo accounts (password "${DEMO_PASSWORD}"):`,
        ...accounts.map((account) => `    ${account.username.padEnd(22)} ${account.label}`),
        '  admin: the account "admin" with ADMIN_PASSWORD (or the password printed above)',
      ].join('\n'),
    );
  }

  private async seed(tx: EntityManager): Promise<{ username: string; label: string }[]> {
    const accounts: { username: string; label: string }[] = [];
    const department = await this.units.create(
      SYSTEM,
      { code: 'DEMO-SGDDT', name: 'Sở Giáo dục và Đào tạo (dữ liệu mẫu)', kind: 'department' },
      tx,
    );
    await this.users.create(
      'system',
      { username: 'tochuc.so', password: DEMO_PASSWORD, fullName: 'Cán bộ Sở (mẫu)', role: 'organizer', unitId: department.id },
      tx,
    );
    accounts.push({ username: 'tochuc.so', label: 'organizer, whole department' });
    let person = 0;
    for (const commune of DEMO_COMMUNES) {
      const unit = await this.units.create(
        SYSTEM,
        { code: commune.code, name: `${commune.name} (mẫu)`, kind: 'commune', parentId: department.id },
        tx,
      );
      const organizer = `tochuc.${commune.slug}`;
      await this.users.create(
        'system',
        { username: organizer, password: DEMO_PASSWORD, fullName: `Tổ chức ${commune.name} (mẫu)`, role: 'organizer', unitId: unit.id },
        tx,
      );
      accounts.push({ username: organizer, label: `organizer, ${commune.name}` });
      const easyNames = new Map([
        ['staff', `gv.${commune.slug}`],
        ['student', `hs.${commune.slug}`],
      ]);
      for (const school of commune.schools) {
        const created = await this.seedSchool(tx, school, unit.id, person, easyNames);
        person += STAFF_PER_SCHOOL + STUDENTS_PER_SCHOOL;
        accounts.push(...created);
      }
    }
    return accounts;
  }

  /** `easyNames`: memorable usernames still to hand out in this commune, by kind; consumed as used. */
  private async seedSchool(tx: EntityManager, school: DemoSchool, parentId: string, seed: number, easyNames: Map<string, string>) {
    const unit = await this.units.create(
      SYSTEM,
      {
        code: school.code,
        name: school.name,
        kind: 'school',
        level: school.level,
        parentId,
        staffCount: school.staff,
        studentCount: school.students,
      },
      tx,
    );
    const accounts: { username: string; label: string }[] = [];
    const className = school.level === 'MN' ? null : school.level === 'TH' ? '5A' : '9A';
    for (let i = 0; i < STAFF_PER_SCHOOL + STUDENTS_PER_SCHOOL; i++) {
      const student = i >= STAFF_PER_SCHOOL && className !== null;
      const n = seed + i;
      const fullName = `${DEMO_FAMILY_NAMES[n % DEMO_FAMILY_NAMES.length]} ${DEMO_MIDDLE_NAMES[(n * 3) % DEMO_MIDDLE_NAMES.length]} ${DEMO_GIVEN_NAMES[(n * 7) % DEMO_GIVEN_NAMES.length]}`;
      const kind = student ? 'student' : 'staff';
      const named = easyNames.get(kind);
      easyNames.delete(kind);
      const { user } = await this.users.create(
        'system',
        {
          username: named ?? `demo.${school.code.toLowerCase().replace(/^demo-/, '')}.${i + 1}`,
          password: DEMO_PASSWORD,
          fullName,
          role: 'participant',
          unitId: unit.id,
          kind,
          className: student ? className! : undefined,
          bulkHash: true,
          birthDate: student ? `20${school.level === 'TH' ? '14' : '11'}-0${(n % 9) + 1}-1${n % 10}` : undefined,
        },
        tx,
      );
      if (named) accounts.push({ username: user.username, label: `${student ? 'student' : 'staff'}, ${school.name}` });
    }
    return accounts;
  }
}
