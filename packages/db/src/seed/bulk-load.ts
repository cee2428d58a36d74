import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { todayInChina, type TenantRole } from '@tongxing/domain';
import type { Database, Transaction } from '../client';
import { generateSchools, generateTeachers, type GeneratedSchool, type GeneratedTeacher } from './generate';
import { picker, type Picker } from './random';

export interface CountySpec {
  code: string;
  name: string;
  poverty: boolean;
}
export interface AccountSpec {
  username: string;
  displayName: string;
  role: TenantRole;
  /** What a scoped account is bound to: a county or school by code, a teacher by ID number. */
  countyCode?: string;
  schoolCode?: string;
  teacherIdNumber?: string;
  /** A training provider's account: its provider by name (created with the city). */
  providerName?: string;
}
export interface TenantSpec {
  code: string;
  name: string;
  province: string;
  counties: readonly CountySpec[];
  schools: readonly GeneratedSchool[];
  /** One INSERT per batch, so a large city never has to be in memory at once. */
  teachers: Iterable<readonly GeneratedTeacher[]>;
  accounts: readonly AccountSpec[];
}
export interface LoadedTenant {
  id: string;
  code: string;
  name: string;
  counties: number;
  schools: number;
  teachers: number;
  posts: number;
}

/**
 * Rows sent as one JSON parameter and unpacked by PostgreSQL: one statement per batch of any size.
 * Not COPY: this runs inside drizzle transactions (the demo seed's too), and the triggers and
 * constraints, not the parsing, take most of the time (EXPLAIN ANALYZE of a 5,000-teacher batch).
 */
const records = (rows: readonly object[], columns: string) =>
  sql`json_to_recordset(${JSON.stringify(rows)}::json) as r(${sql.raw(columns)})`;

/**
 * Writes one city as the owner (RLS bypassed, triggers fire: the audit trigger logs every row).
 * Teachers get their school, its county and their start (serving_since) at insert and all of a teacher's posts go in one statement, so the
 * school-sync trigger on post finds nothing to change. A school code that names nothing fails on NOT NULL.
 */
export async function loadTenant(tx: Transaction, spec: TenantSpec, passwordHash: string): Promise<LoadedTenant> {
  const [tenant] = await tx.execute<{ id: string }>(
    sql`insert into tenant (code, name, province) values (${spec.code}, ${spec.name}, ${spec.province}) returning id`,
  );
  const tenantId = tenant!.id;
  await tx.execute(sql`insert into county (tenant_id, code, name, is_poverty_county)
    select ${tenantId}, r.code, r.name, r.poverty from ${records(spec.counties, 'code text, name text, poverty boolean')}`);
  const schools = await tx.execute<{
    id: string;
    code: string;
    county_id: string;
  }>(sql`insert into school (tenant_id, county_id, code, name, school_type, location_class, terrain_class)
    select ${tenantId}, (select id from county where tenant_id = ${tenantId} and code = r."countyCode"), r.code, r.name, r."schoolType", r."locationClass", r."terrainClass"
    from ${records(spec.schools, '"countyCode" text, code text, name text, "schoolType" text, "locationClass" text, "terrainClass" text')}
    returning id, code, county_id`);
  const schoolsByCode = new Map(schools.map((s) => [s.code, s]));

  let teachers = 0;
  let posts = 0;
  for (const batch of spec.teachers) {
    const ids = batch.map(() => randomUUID());
    await tx.execute(sql`insert into teacher (tenant_id, id, school_id, county_id, serving_since, id_number, name, sex, birth_date, phone, bank_card, education, subjects, title, key_teacher_level)
      select ${tenantId}, r.id, r."schoolId", r."countyId", r."servingSince", r."idNumber", r.name, r.sex, r."birthDate", r.phone, r."bankCard", r.education, r.subjects, r.title, r."keyTeacherLevel"
      from ${records(
        batch.map(({ posts, ...t }, i) => {
          const school = schoolsByCode.get(posts.at(-1)!.schoolCode);
          return {
            ...t,
            id: ids[i],
            schoolId: school?.id,
            countyId: school?.county_id,
            servingSince: posts.map((p) => p.startDate).sort()[0],
          };
        }),
        'id uuid, "schoolId" uuid, "countyId" uuid, "servingSince" date, "idNumber" text, name text, sex text, "birthDate" date, phone text, "bankCard" text, education text, subjects text[], title text, "keyTeacherLevel" text',
      )}`);
    const rows = batch.flatMap((t, i) =>
      t.posts.map(({ schoolCode, ...p }) => ({ ...p, teacherId: ids[i], schoolId: schoolsByCode.get(schoolCode)?.id })),
    );
    await tx.execute(sql`insert into post (tenant_id, teacher_id, school_id, start_date, end_date, employment_type, status, roles)
      select ${tenantId}, r."teacherId", r."schoolId", r."startDate", r."endDate", r."employmentType", r.status, r.roles
      from ${records(rows, '"teacherId" uuid, "schoolId" uuid, "startDate" date, "endDate" date, "employmentType" text, status text, roles text[]')}`);
    teachers += batch.length;
    posts += rows.length;
  }

  const providers = [...new Set(spec.accounts.flatMap((a) => (a.providerName ? [a.providerName] : [])))].map((name) => ({ name }));
  if (providers.length > 0)
    await tx.execute(
      sql`insert into training_provider (tenant_id, name) select ${tenantId}, r.name from ${records(providers, 'name text')}`,
    );
  await tx.execute(sql`insert into app_user (tenant_id, username, display_name, role, county_id, school_id, teacher_id, provider_id, password_hash, must_change_password)
    select ${tenantId}, r.username, r."displayName", r.role,
      (select id from county where tenant_id = ${tenantId} and code = r."countyCode"),
      (select id from school where tenant_id = ${tenantId} and code = r."schoolCode"),
      (select id from teacher where tenant_id = ${tenantId} and id_number = r."teacherIdNumber"),
      (select id from training_provider where tenant_id = ${tenantId} and name = r."providerName"),
      ${passwordHash}, false
    from ${records(spec.accounts, 'username text, "displayName" text, role text, "countyCode" text, "schoolCode" text, "teacherIdNumber" text, "providerName" text')}`);
  return { id: tenantId, code: spec.code, name: spec.name, counties: spec.counties.length, schools: spec.schools.length, teachers, posts };
}

const COUNTIES_PER_CITY = 8;
const SCHOOLS_PER_COUNTY = 40;
const BATCH = 5000;
const COUNTY_NAMES = [
  '城关区',
  '东城区',
  '西城区',
  '安定区',
  '永和县',
  '兴隆县',
  '太平县',
  '长宁县',
  '平安县',
  '新安县',
  '清水县',
  '石门县',
];
/** The login every generated city's administrator gets. */
export const GENERATED_ADMIN = 'admin';

export interface BulkLoadOptions {
  tenants: number;
  /** In total, split evenly across the tenants. */
  teachers: number;
  seed: number;
  /** Hash of the administrators' password, made by the caller (auth owns hashing). */
  passwordHash: string;
  onTenant?: (tenant: LoadedTenant) => void;
  /** Cities loaded at once, each on its own connection (the pool needs that many); default 1. */
  parallel?: number;
}

/**
 * Generated cities `gen-NN` (numbered after any that exist), one transaction each: counties with
 * region codes under 62 (so ID numbers validate), SCHOOLS_PER_COUNTY schools each, teachers with
 * post histories, and a city administrator. The same seed and numbering give the same register.
 */
export async function bulkLoad(db: Database, options: BulkLoadOptions): Promise<LoadedTenant[]> {
  const [last] = await db.execute<{ n: number }>(
    sql`select coalesce(max(substring(code from '^gen-([0-9]+)$')::int), 0)::int as n from tenant`,
  );
  const today = todayInChina();
  const loaded: LoadedTenant[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < options.tenants; i = next++) {
      const n = last!.n + i + 1;
      const teachers = Math.floor(options.teachers / options.tenants) + (i < options.teachers % options.tenants ? 1 : 0);
      const spec = generatedCity(picker((options.seed * 7919 + n) >>> 0), n, teachers, today);
      const tenant = await db.transaction((tx) => loadTenant(tx, spec, options.passwordHash));
      options.onTenant?.(tenant);
      loaded[i] = tenant;
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 1 }, worker));
  // What autovacuum would do some minutes later: statistics for the planner, and the visibility map
  // that lets the teacher list count from its index alone.
  await db.execute(sql`vacuum (analyze) county, school, teacher, post, app_user`);
  return loaded;
}

function generatedCity(r: Picker, n: number, teachers: number, today: string): TenantSpec {
  const nn = String(n).padStart(2, '0');
  const counties = Array.from({ length: COUNTIES_PER_CITY }, (_, k) => ({
    code: `62${String(n % 100).padStart(2, '0')}${String(k + 1).padStart(2, '0')}`,
    name: COUNTY_NAMES[(n + k) % COUNTY_NAMES.length]!,
    poverty: r.chance(0.3),
  }));
  const schools = generateSchools(r, counties, SCHOOLS_PER_COUNTY, `G${nn}S`);
  return {
    code: `gen-${nn}`,
    name: `生成${nn}市`,
    province: '生成省',
    counties,
    schools,
    teachers: teacherBatches(r, schools, teachers, today),
    accounts: [{ username: GENERATED_ADMIN, displayName: `生成${nn}市 管理员`, role: 'city_admin' }],
  };
}

function* teacherBatches(r: Picker, schools: readonly GeneratedSchool[], count: number, today: string): Generator<GeneratedTeacher[]> {
  const seen = new Set<string>();
  for (let left = count; left > 0;) {
    // generateTeachers keeps ID numbers unique within one call; `seen` keeps them unique across batches.
    const batch = generateTeachers(r, schools, Math.min(BATCH, left), today).filter((t) => !seen.has(t.idNumber) && seen.add(t.idNumber));
    left -= batch.length;
    yield batch;
  }
}
