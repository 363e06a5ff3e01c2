import { command, eventOf, given, opened } from '../../testing/factories';

const digest = 'ab'.repeat(32);

describe('exporting a case', () => {
  it.each(['pdf', 'json'] as const)('records who exported it as %s, with the digest of the document', (format) => {
    given([opened()]).when({ type: 'ExportCase', data: { format, digest } }).then([{ type: 'CaseExported', data: { format, digest } }]);
  });

  it('is allowed on a closed case: its documentation is still needed', () => {
    given([opened(), eventOf(command.closeCase())])
      .when({ type: 'ExportCase', data: { format: 'pdf', digest } })
      .then([{ type: 'CaseExported', data: { format: 'pdf', digest } }]);
  });

  it('refuses an unknown format and a digest that is not sha256 hex', () => {
    given([opened()])
      .when({ type: 'ExportCase', data: { format: 'docx' as 'pdf', digest: 'AB'.repeat(32) } })
      .thenThrows('INVALID_INPUT', [
        { field: 'format', code: 'NOT_IN_LIST' },
        { field: 'digest', code: 'INVALID_TYPE' },
      ]);
  });

  it('needs the case to exist', () => {
    given([]).when({ type: 'ExportCase', data: { format: 'json', digest } }).thenThrows('CASE_NOT_FOUND');
  });
});
