import type { Database } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { seedAllowanceDemo } from './allowances';
import { seedInspectionDemo } from './inspection';
import { seedPairingDemo } from './pairing';
import { seedCrossCityDemo, seedRosterCheckDemo } from './roster-check';
import { seedRotationDemo } from './rotation';
import { seedTrainingDemo } from './training';

/**
 * Every area's demo data, made through the product's own procedures as the demo cities' people, after
 * the register is loaded (`seedDemo` in packages/db). `db` is the app role's connection. Called once,
 * on the database `seedDemo` has just filled (by `pnpm dev`/`pnpm start` and by the test set-up).
 *
 * Each area adds its own step here:
 * - allowances: 白城 and 兰州 (rules, wage bases, sheets in every state, an adjustment);
 * - training: 曲靖 (the 沪滇 secondments and cohorts), and 岳阳's poverty-county shares (平江县);
 * - pairing: 岳阳 (urban–rural pairs with activities and photos);
 * - rotations: 兰州 (the policy with the city's target, 榆中县's needs and a proposed plan sent to its schools);
 * - inspections: 张家口 (a visit to 张北县 with three problems: two open, one rectified and waiting for 销号;
 *   张北县's roster check, its differences open but one explained;
 *   a 白城 teacher who moved to 张北县 last month, on both registers: the cross-city match).
 */
export async function seedAreaDemos(db: Database, today = todayInChina()): Promise<void> {
  await seedAllowanceDemo(db, today);
  await seedTrainingDemo(db, today);
  await seedPairingDemo(db, today);
  await seedRotationDemo(db, today);
  await seedInspectionDemo(db, today);
  await seedRosterCheckDemo(db, today);
  await seedCrossCityDemo(db, today);
}
