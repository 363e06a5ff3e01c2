import { Module } from '@nestjs/common';
import { CaseCommands } from './case-commands.service';
import { AddNoteController } from './commands/add-note/add-note.controller';
import { AddNoteHandler } from './commands/add-note/add-note.handler';
import { AgreeActionController } from './commands/agree-action/agree-action.controller';
import { AgreeActionHandler } from './commands/agree-action/agree-action.handler';
import { CloseCaseController } from './commands/close-case/close-case.controller';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { CompleteActionController } from './commands/complete-action/complete-action.controller';
import { CompleteActionHandler } from './commands/complete-action/complete-action.handler';
import { EndAbsenceController } from './commands/end-absence/end-absence.controller';
import { EndAbsenceHandler } from './commands/end-absence/end-absence.handler';
import { EvaluateActionController } from './commands/evaluate-action/evaluate-action.controller';
import { EvaluateActionHandler } from './commands/evaluate-action/evaluate-action.handler';
import { IdentifyRiskController } from './commands/identify-risk/identify-risk.controller';
import { IdentifyRiskHandler } from './commands/identify-risk/identify-risk.handler';
import { OpenCaseController } from './commands/open-case/open-case.controller';
import { OpenCaseHandler } from './commands/open-case/open-case.handler';
import { RecordAbsenceController } from './commands/record-absence/record-absence.controller';
import { RecordAbsenceHandler } from './commands/record-absence/record-absence.handler';
import { RecordConsentController } from './commands/record-consent/record-consent.controller';
import { RecordConsentHandler } from './commands/record-consent/record-consent.handler';
import { RecordDialogueMeetingController } from './commands/record-dialogue-meeting/record-dialogue-meeting.controller';
import { RecordDialogueMeetingHandler } from './commands/record-dialogue-meeting/record-dialogue-meeting.handler';
import { RecordFollowUpPlanController } from './commands/record-follow-up-plan/record-follow-up-plan.controller';
import { RecordFollowUpPlanHandler } from './commands/record-follow-up-plan/record-follow-up-plan.handler';
import { RecordNavDecisionController } from './commands/record-nav-decision/record-nav-decision.controller';
import { RecordNavDecisionHandler } from './commands/record-nav-decision/record-nav-decision.handler';
import { ReopenCaseController } from './commands/reopen-case/reopen-case.controller';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { RequestExpertSupportController } from './commands/request-expert-support/request-expert-support.controller';
import { RequestExpertSupportHandler } from './commands/request-expert-support/request-expert-support.handler';
import { CaseExportController } from './export/case-export.controller';
import { CaseExportService } from './export/case-export.service';
import { CaseQueriesController } from './queries/case-queries.controller';

/** The case use cases: one folder each under commands/, and the case queries. */
@Module({
  controllers: [
    OpenCaseController,
    IdentifyRiskController,
    AgreeActionController,
    CompleteActionController,
    EvaluateActionController,
    RecordAbsenceController,
    EndAbsenceController,
    RecordFollowUpPlanController,
    RecordDialogueMeetingController,
    RecordConsentController,
    RequestExpertSupportController,
    RecordNavDecisionController,
    AddNoteController,
    CloseCaseController,
    ReopenCaseController,
    CaseQueriesController,
    CaseExportController,
  ],
  providers: [
    CaseCommands,
    CaseExportService,
    OpenCaseHandler,
    IdentifyRiskHandler,
    AgreeActionHandler,
    CompleteActionHandler,
    EvaluateActionHandler,
    RecordAbsenceHandler,
    EndAbsenceHandler,
    RecordFollowUpPlanHandler,
    RecordDialogueMeetingHandler,
    RecordConsentHandler,
    RequestExpertSupportHandler,
    RecordNavDecisionHandler,
    AddNoteHandler,
    CloseCaseHandler,
    ReopenCaseHandler,
  ],
})
export class CasesModule {}
