import type { Transaction } from 'dexie';
import { convertLegacyAssessment, isLegacyAssessment, type LegacyAssessment } from '@/domain/assessment/convert-legacy';
import type { AssessmentRecord } from './records';

/** Version 4: self-check rows of the old shape become typed results (chained onto db.version(4)). */
export async function upgradeAssessmentsToV4(tx: Transaction): Promise<void> {
  const table = tx.table<AssessmentRecord | LegacyAssessment, string>('assessments');
  const old = (await table.toArray()).filter(isLegacyAssessment) as LegacyAssessment[];
  await table.bulkPut(old.map(convertLegacyAssessment));
}
