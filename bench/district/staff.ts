/** The district's staff: one roster row each, ordered by school and group like a real 花名册. */
import { addDays } from './calendar.ts';
import { createRng, type Rng } from './prng.ts';
import type { DistrictCounts } from './scale.ts';
import { GIVEN_FEMALE, GIVEN_MALE, GIVEN_SHARED, GROUPS, STATUSES, SURNAMES } from './vocab.ts';

export interface Staff {
  readonly id: string;
  /** As the roster writes it (a two-character name sometimes has a full-width space: 王　芳). */
  readonly rosterName: string;
  /** As sign-in sheets write it. */
  readonly name: string;
  readonly gender: '男' | '女';
  readonly birth: string;
  readonly school: number;
  readonly department: string;
  readonly status: string;
}

export function department(school: number, group: string): string {
  return `第${school}校·${group}`;
}

export function planStaff(counts: DistrictCounts, seed: number): Staff[] {
  const rng = createRng(seed, 'staff');
  const staff: Staff[] = [];
  for (let school = 1; school <= counts.schools; school++) {
    const first = Math.floor(((school - 1) * counts.staff) / counts.schools);
    const end = Math.floor((school * counts.staff) / counts.schools);
    const people = Array.from({ length: end - first }, () => drawPerson(rng));
    const order = GROUPS.map(([g]) => g);
    people.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
    people.forEach((p, i) => {
      staff.push({
        id: `S${String(school).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`,
        rosterName: p.rosterName,
        name: p.name,
        gender: p.gender,
        birth: p.birth,
        school,
        department: department(school, p.group),
        status: p.status,
      });
    });
  }
  return staff;
}

interface Person {
  readonly group: string;
  readonly gender: '男' | '女';
  readonly name: string;
  readonly rosterName: string;
  readonly birth: string;
  readonly status: string;
}

function drawPerson(rng: Rng): Person {
  const group = rng.weighted(GROUPS);
  const female = rng.chance(group === '后勤服务处' ? 0.4 : 0.7);
  const surname = SURNAMES[Math.floor(SURNAMES.length * rng.next() ** 1.8)]!;
  const pool = [...(female ? GIVEN_FEMALE : GIVEN_MALE), ...GIVEN_SHARED];
  const given = rng.chance(0.7) ? rng.pick(pool) + rng.pick(pool) : rng.pick(pool);
  const name = surname + given;
  const rosterName = given.length === 1 && rng.chance(0.25) ? `${surname}\u3000${given}` : name;
  const status = rng.weighted(STATUSES);
  // In service: born 1967–2003; retired: 1950–1966.
  const birth = status === '退休' ? addDays('1950-01-01', rng.int(0, 6208)) : addDays('1967-01-01', rng.int(0, 13513));
  return { group, gender: female ? '女' : '男', name, rosterName, birth, status };
}
