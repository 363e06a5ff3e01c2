import { SetMetadata } from '@nestjs/common';

export const PUBLIC = 'public-route';

/** A route that needs no session (sign-in, health). */
export const Public = () => SetMetadata(PUBLIC, true);
