export { auditStory, type AuditInput, type AuditResult } from './audit-story.ts';
export { AuditBoundsError, parseAuditBounds, type AuditBounds } from './audit-bounds.ts';
export { AUDIT_CHECKS, CHECK_IDS, type AuditCheck, type CheckId, type StoryAudit } from './audit-types.ts';
export { formatAudit } from './format-audit.ts';
export { libraryStory, type Library, type LibraryStory } from './library.ts';
