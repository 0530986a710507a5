/** Injection token of the process-wide pino logger (see LoggingModule). */
export const LOGGER = Symbol('LOGGER');
