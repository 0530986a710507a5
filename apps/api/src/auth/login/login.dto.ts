import { z } from 'zod';
import { dto } from '../../platform/http/validation/dto.js';

export const loginRequestSchema = dto({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
}).meta({ id: 'LoginRequest' });

export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const accessTokenSchema = z
  .strictObject({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the token expires'),
  })
  .meta({ id: 'AccessToken' });

export type AccessToken = z.infer<typeof accessTokenSchema>;
