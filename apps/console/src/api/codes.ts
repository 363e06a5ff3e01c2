/** The API's code lists and their Norwegian labels, shared with the domain library (pure data). */
export * from '../../../../libs/case-domain/src/codes';
