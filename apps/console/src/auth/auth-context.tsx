import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client';
import { keys } from '../api/queries';
import type { Session, User } from '../api/types';

/**
 * How old the last session check may be before a window focus or a route change asks
 * GET /api/auth/me again: at most one cheap request per this long, and an expired session
 * sends the user to login even where the page itself fetches nothing new.
 */
export const SESSION_CHECK_MS = 20_000;

const fetchSession = () => api<Session>('GET', '/api/auth/me');

type Status = 'loading' | 'anonymous' | 'signed-in';

interface AuthValue {
  status: Status;
  user: User | null;
  /** True after a 401 ended the session while the user was working. */
  expired: boolean;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/**
 * Who is signed in: asks GET /api/auth/me on load, and forgets the user on any later 401. While
 * signed in, the same check runs again (if older than SESSION_CHECK_MS) when the window regains
 * focus and on route changes (see RequireAuth); it also picks up a changed name or role.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);

  const signOutLocally = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
    setStatus('anonymous');
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    let cancelled = false;
    fetchSession()
      .then((session) => {
        if (cancelled) return;
        queryClient.setQueryData(keys.session, session);
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setStatus('signed-in');
      })
      .catch(() => !cancelled && setStatus('anonymous'));
    return () => {
      cancelled = true;
    };
  }, [queryClient]);

  const sessionCheck = useQuery({
    queryKey: keys.session,
    queryFn: fetchSession,
    enabled: status === 'signed-in',
    staleTime: SESSION_CHECK_MS,
    refetchOnWindowFocus: true,
    retry: false,
  });

  useEffect(() => {
    if (status !== 'signed-in') return;
    if (sessionCheck.error instanceof ApiError && sessionCheck.error.status === 401) {
      setExpired(true);
      signOutLocally();
    }
  }, [status, sessionCheck.error, signOutLocally]);

  useEffect(() => {
    const session = sessionCheck.data;
    if (status !== 'signed-in' || !session) return;
    setCsrfToken(session.csrfToken);
    setUser((current) => (current && sameUser(current, session.user) ? current : session.user));
  }, [status, sessionCheck.data]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setExpired(true);
      signOutLocally();
    });
    return () => setUnauthenticatedHandler(null);
  }, [signOutLocally]);

  const value = useMemo<AuthValue>(
    () => ({
      status,
      user,
      expired,
      async login(email, password) {
        const session = await api<Session>('POST', '/api/auth/login', { body: { email, password } });
        queryClient.clear();
        queryClient.setQueryData(keys.session, session);
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setExpired(false);
        setStatus('signed-in');
        return session.user;
      },
      async logout() {
        try {
          await api('POST', '/api/auth/logout');
        } finally {
          setExpired(false);
          signOutLocally();
        }
      },
    }),
    [status, user, expired, queryClient, signOutLocally],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

function sameUser(a: User, b: User): boolean {
  return a.id === b.id && a.name === b.name && a.role === b.role && a.email === b.email;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
