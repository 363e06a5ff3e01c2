import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { serveConsole } from './console/console-static';
import { setUpOpenApi } from './http/openapi';
import type { Runtime } from './runtime/runtime';

/** The HTTP application on an open runtime; shared by main.ts and the HTTP tests. */
export async function createApp(runtime: Runtime): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRuntime(runtime),
    new FastifyAdapter({ bodyLimit: 1024 * 1024, trustProxy: runtime.config.TRUST_PROXY === 'on' }),
    { logger: ['error', 'warn'], abortOnError: false },
  );
  app.setGlobalPrefix('api');
  await app.register(fastifyCookie, { secret: runtime.sessionSecret });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /api/docs and the console's components (Designsystemet, style
        // attributes set by React) need inline styles; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Plain http on localhost must keep working; TLS belongs to the proxy in front.
        upgradeInsecureRequests: null,
      },
    },
  });
  setUpOpenApi(app);
  // The web console from dist/console at /, with SPA fallback (not under /api).
  await serveConsole(app);
  return app;
}
