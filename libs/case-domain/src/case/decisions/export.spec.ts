import { command, eventOf, given, opened } from '../../testing/factories';

describe('exporting a case', () => {
  it.each(['pdf', 'json'] as const)('records who exported it as %s', (format) => {
    given([opened()]).when({ type: 'ExportCase', data: { format } }).then([{ type: 'CaseExported', data: { format } }]);
  });

  it('is allowed on a closed case: its documentation is still needed', () => {
    given([opened(), eventOf(command.closeCase())])
      .when({ type: 'ExportCase', data: { format: 'pdf' } })
      .then([{ type: 'CaseExported', data: { format: 'pdf' } }]);
  });

  it('refuses an unknown format', () => {
    given([opened()])
      .when({ type: 'ExportCase', data: { format: 'docx' as 'pdf' } })
      .thenThrows('INVALID_INPUT', [{ field: 'format', code: 'NOT_IN_LIST' }]);
  });

  it('needs the case to exist', () => {
    given([]).when({ type: 'ExportCase', data: { format: 'json' } }).thenThrows('CASE_NOT_FOUND');
  });
});
