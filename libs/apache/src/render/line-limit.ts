/**
 * Apache reads a config or .htaccess line into HUGE_STRING_LEN (8192) bytes including LF and NUL (spec §5.2).
 * The writer refuses longer lines, and the validator refuses the lists that would make one first.
 */
export const MAX_LINE_BYTES = 8190;
