import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { homePath, mayVisit } from '../auth/permissions';
import { problemMessage } from '../labels/errors';
import { usePageTitle } from '../layout/page-title';

/** Only paths inside the console, never another site. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/logg-inn') ? next : null;
}

export function LoginPage() {
  usePageTitle('Logg inn');
  const { login, status, user, expired } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('neste'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status === 'signed-in' && user && !busy) return <Navigate to={next && mayVisit(user.role, next) ? next : homePath(user.role)} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      email: email.trim() ? undefined : 'Fyll ut e-post',
      password: password ? undefined : 'Fyll ut passord',
    };
    setErrors(found);
    setProblem(null);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      const signedIn = await login(email.trim(), password);
      navigate(next && mayVisit(signedIn.role, next) ? next : homePath(signedIn.role), { replace: true });
    } catch (error) {
      setProblem(problemMessage(error));
      setBusy(false);
    }
  }

  return (
    <div className="login">
      <Heading level={1} data-size="md">
        Logg inn
      </Heading>
      <Paragraph>Arbeidsmiljøsaker: dokumentasjon av psykososialt arbeidsmiljø og sykefraværsoppfølging.</Paragraph>
      {expired && next && (
        <Alert data-color="info">
          <Paragraph>Økten din er utløpt. Logg inn igjen for å fortsette der du var.</Paragraph>
        </Alert>
      )}
      <form noValidate onSubmit={onSubmit} className="form" aria-label="Logg inn">
        <Textfield
          id="login-email"
          label="E-post"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          aria-required
        />
        <Textfield
          id="login-password"
          label="Passord"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          aria-required
        />
        {problem && (
          <Alert data-color="danger" role="alert">
            {problem}
          </Alert>
        )}
        <div className="form__buttons">
          <Button type="submit" disabled={busy}>
            Logg inn
          </Button>
        </div>
      </form>
    </div>
  );
}
