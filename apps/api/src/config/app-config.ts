import { plainToInstance, Transform } from 'class-transformer';
import { IsBase64, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';

const PORT_RANGE = 'must be a whole number from 0 to 65535';

/**
 * Every setting the server reads, validated at start. A bad value stops the server with
 * one line per variable saying what is wrong (see ConfigError).
 */
export class AppConfig {
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: PORT_RANGE })
  @Min(0, { message: PORT_RANGE })
  @Max(65535, { message: PORT_RANGE })
  PORT: number;

  @IsOptional()
  @IsString()
  @Transform(({ value }) => (value === '' ? undefined : value))
  DATABASE_URL?: string;

  @Transform(({ value }) => absolute(value || './.data'))
  @IsString()
  DATA_DIR: string;

  @Transform(({ value }) => value || 'postgres')
  @IsIn(['postgres', 'kurrentdb'], { message: 'must be postgres or kurrentdb' })
  EVENT_STORE: 'postgres' | 'kurrentdb';

  @IsOptional()
  @IsString()
  KURRENTDB_URL?: string;

  @Transform(({ value }) => value || 'on')
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  PROJECTIONS: 'on' | 'off';

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsBase64({}, { message: 'must be base64 (32 random bytes, e.g. `openssl rand -base64 32`)' })
  MASTER_KEY?: string;

  @IsOptional()
  @IsString()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  SESSION_SECRET?: string;

  /** Longest self-certified absence (egenmelding) in calendar days; IA employers may allow 8. */
  @Transform(({ value }) => (value === undefined || value === '' ? 3 : Number(value)))
  @IsInt({ message: 'must be a whole number of days from 1 to 16' })
  @Min(1, { message: 'must be a whole number of days from 1 to 16' })
  @Max(16, { message: 'must be a whole number of days from 1 to 16' })
  SELF_CERTIFIED_MAX_DAYS: number;

  /** NAV's grant cap per case for expert support, NOK (a warning, not a block). */
  @Transform(({ value }) => (value === undefined || value === '' ? 23_100 : Number(value)))
  @IsInt({ message: 'must be a whole number of NOK' })
  @Min(0, { message: 'must be a whole number of NOK' })
  EXPERT_SUPPORT_GRANT_CAP: number;

  /** Long absence for NAV's expert support: a period of at least this many days. */
  @Transform(({ value }) => (value === undefined || value === '' ? 56 : Number(value)))
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be a whole number of days' })
  LONG_ABSENCE_DAYS: number;

  /** Recurring absence: at least this many sick-note spells within RECURRING_ABSENCE_MONTHS. */
  @Transform(({ value }) => (value === undefined || value === '' ? 6 : Number(value)))
  @IsInt({ message: 'must be a whole number of spells' })
  @Min(1, { message: 'must be a whole number of spells' })
  RECURRING_ABSENCE_SPELLS: number;

  @Transform(({ value }) => (value === undefined || value === '' ? 36 : Number(value)))
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1, { message: 'must be a whole number of months' })
  RECURRING_ABSENCE_MONTHS: number;

  /** A unit with fewer cases is shown in the risk register without its factor breakdown. */
  @Transform(({ value }) => (value === undefined || value === '' ? 5 : Number(value)))
  @IsInt({ message: 'must be a whole number of cases, 1 or more' })
  @Min(1, { message: 'must be a whole number of cases, 1 or more' })
  RISK_REGISTER_MIN_CASES: number;

  /** Behind a TLS-terminating proxy: believe its X-Forwarded-For/-Proto (client address, https). */
  @Transform(({ value }) => value || 'off')
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  TRUST_PROXY: 'on' | 'off';

  /** True when the server starts its own PostgreSQL under DATA_DIR. */
  get embedded(): boolean {
    return !this.DATABASE_URL;
  }
}

const CONFIG_KEYS = [
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'EVENT_STORE',
  'KURRENTDB_URL',
  'PROJECTIONS',
  'MASTER_KEY',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SESSION_SECRET',
  'TRUST_PROXY',
  'SELF_CERTIFIED_MAX_DAYS',
  'EXPERT_SUPPORT_GRANT_CAP',
  'LONG_ABSENCE_DAYS',
  'RECURRING_ABSENCE_SPELLS',
  'RECURRING_ABSENCE_MONTHS',
  'RISK_REGISTER_MIN_CASES',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Every known key is present (maybe undefined) so that the defaults in @Transform apply.
  const known = Object.fromEntries(CONFIG_KEYS.map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, known);
  const problems = validateSync(config, { stopAtFirstError: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property} ${message} (got ${JSON.stringify(env[error.property])})`),
  );
  const invalid = new Set(problems.map((problem) => problem.split(' ')[0]));
  problems.push(...crossFieldProblems(config).filter((problem) => !invalid.has(problem.split(' ')[0])));
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function crossFieldProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (config.MASTER_KEY && Buffer.from(config.MASTER_KEY, 'base64').length !== 32) {
    problems.push('MASTER_KEY must decode to exactly 32 bytes (e.g. `openssl rand -base64 32`)');
  }
  if (!config.embedded && !config.MASTER_KEY) {
    problems.push('MASTER_KEY is required with DATABASE_URL (base64 of 32 bytes); only the embedded default generates one');
  }
  if (config.DATABASE_URL && !/^postgres(ql)?:\/\//.test(config.DATABASE_URL)) {
    problems.push(`DATABASE_URL must be a postgres:// or postgresql:// URL (got ${JSON.stringify(config.DATABASE_URL)})`);
  }
  if (config.EVENT_STORE === 'kurrentdb' && !config.KURRENTDB_URL) {
    problems.push('KURRENTDB_URL is required when EVENT_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)');
  }
  if (config.KURRENTDB_URL && !/^(kurrentdb|esdb|kdb)(\+discover)?:\/\//.test(config.KURRENTDB_URL)) {
    problems.push(`KURRENTDB_URL must be a kurrentdb:// connection string (got ${JSON.stringify(config.KURRENTDB_URL)})`);
  }
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  return problems;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
