import { EventStore1700000000000 } from './1700000000000-event-store';
import { Access1700000000001 } from './1700000000001-access';
import { ReadModels1700000000002 } from './1700000000002-read-models';
import { CaseList1700000000003 } from './1700000000003-case-list';
import { TimelineProjectedAt1700000000004 } from './1700000000004-timeline-projected-at';
import { TimelineCiphertext1700000000005 } from './1700000000005-timeline-ciphertext';
import { TimelineSealed1700000000006 } from './1700000000006-timeline-sealed';

/** Every migration, in order. Run at start; each runs once (TypeORM's migrations table). */
export const MIGRATIONS = [EventStore1700000000000, Access1700000000001, ReadModels1700000000002, CaseList1700000000003, TimelineProjectedAt1700000000004, TimelineCiphertext1700000000005, TimelineSealed1700000000006];
