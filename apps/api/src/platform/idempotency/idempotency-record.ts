/** status 0 marks a reservation whose request is still running (no HTTP status is 0). */
export const PENDING_STATUS = 0;

export interface IdempotencyRecord {
  readonly id: string;
  readonly requestHash: string;
  readonly status: number;
  readonly responseBody: unknown;
}
