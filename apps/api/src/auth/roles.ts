export const ROLES = ['admin', 'hr', 'leader', 'safety_rep'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: set on every authenticated request by the session guard. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** The hash of the session id (never the id itself). */
  sessionId: string;
  csrfToken: string;
}
