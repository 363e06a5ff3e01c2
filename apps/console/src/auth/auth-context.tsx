import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler } from '../api/client';
import type { Session, User } from '../api/types';

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

/** Who is signed in: asks GET /api/auth/me on load, and forgets the user on any later 401. */
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
    api<Session>('GET', '/api/auth/me')
      .then((session) => {
        if (cancelled) return;
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setStatus('signed-in');
      })
      .catch(() => !cancelled && setStatus('anonymous'));
    return () => {
      cancelled = true;
    };
  }, []);

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
