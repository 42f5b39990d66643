import type { SchoolLevel } from '../units/unit.entity.js';

export interface DemoSchool {
  code: string;
  name: string;
  level: SchoolLevel;
  staff: number;
  students: number;
}

export interface DemoCommune {
  code: string;
  name: string;
  slug: string;
  schools: DemoSchool[];
}

/** The seven communes that replaced Bình Chánh district on 01/07/2025, each with demo schools (names invented, labelled). */
export const DEMO_COMMUNES: DemoCommune[] = [
  {
    code: 'DEMO-XA-VINHLOC',
    name: 'Xã Vĩnh Lộc',
    slug: 'vinhloc',
    schools: [
      { code: 'DEMO-MN-VINHLOC', name: 'Trường Mầm non Hoa Sen (mẫu)', level: 'MN', staff: 38, students: 420 },
      { code: 'DEMO-TH-VINHLOC', name: 'Trường Tiểu học Vĩnh Lộc (mẫu)', level: 'TH', staff: 64, students: 1520 },
    ],
  },
  {
    code: 'DEMO-XA-TANVINHLOC',
    name: 'Xã Tân Vĩnh Lộc',
    slug: 'tanvinhloc',
    schools: [{ code: 'DEMO-THCS-TANVINHLOC', name: 'Trường THCS Tân Vĩnh Lộc (mẫu)', level: 'THCS', staff: 72, students: 1890 }],
  },
  {
    code: 'DEMO-XA-BINHLOI',
    name: 'Xã Bình Lợi',
    slug: 'binhloi',
    schools: [
      { code: 'DEMO-MN-BINHLOI', name: 'Trường Mầm non Sơn Ca (mẫu)', level: 'MN', staff: 30, students: 310 },
      { code: 'DEMO-TH-BINHLOI', name: 'Trường Tiểu học Bình Lợi (mẫu)', level: 'TH', staff: 48, students: 980 },
    ],
  },
  {
    code: 'DEMO-XA-TANNHUT',
    name: 'Xã Tân Nhựt',
    slug: 'tannhut',
    schools: [{ code: 'DEMO-THCS-TANNHUT', name: 'Trường THCS Tân Nhựt (mẫu)', level: 'THCS', staff: 66, students: 1640 }],
  },
  {
    code: 'DEMO-XA-BINHCHANH',
    name: 'Xã Bình Chánh',
    slug: 'binhchanh',
    schools: [
      { code: 'DEMO-TH-BINHCHANH', name: 'Trường Tiểu học Bình Chánh (mẫu)', level: 'TH', staff: 55, students: 1210 },
      { code: 'DEMO-THCS-BINHCHANH', name: 'Trường THCS Bình Chánh (mẫu)', level: 'THCS', staff: 60, students: 1420 },
    ],
  },
  {
    code: 'DEMO-XA-HUNGLONG',
    name: 'Xã Hưng Long',
    slug: 'hunglong',
    schools: [
      { code: 'DEMO-MN-HUNGLONG', name: 'Trường Mầm non Họa Mi (mẫu)', level: 'MN', staff: 28, students: 290 },
      { code: 'DEMO-TH-HUNGLONG', name: 'Trường Tiểu học Hưng Long (mẫu)', level: 'TH', staff: 46, students: 930 },
    ],
  },
  {
    code: 'DEMO-XA-BINHHUNG',
    name: 'Xã Bình Hưng',
    slug: 'binhhung',
    schools: [
      { code: 'DEMO-TH-BINHHUNG', name: 'Trường Tiểu học Bình Hưng (mẫu)', level: 'TH', staff: 58, students: 1350 },
      { code: 'DEMO-THCS-BINHHUNG', name: 'Trường THCS Bình Hưng (mẫu)', level: 'THCS', staff: 62, students: 1580 },
    ],
  },
];

export const DEMO_FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ'];
export const DEMO_MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Gia', 'Bảo', 'Hoàng'];
export const DEMO_GIVEN_NAMES = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Khánh',
  'Linh',
  'My',
  'Nam',
  'Phúc',
  'Quân',
  'Thảo',
  'Trúc',
  'Vy',
  'Yến',
];
