// The bounds shipped in stories/audit.json, validated once when first imported.
import data from '../../../stories/audit.json' with { type: 'json' };
import { defaultRubric } from '../../sim/default-rubric.ts';
import { parseAuditBounds, type AuditBounds } from './audit-bounds.ts';

export const defaultAuditBounds: AuditBounds = parseAuditBounds(
  data,
  'stories/audit.json',
  Object.keys(defaultRubric.moves),
);
