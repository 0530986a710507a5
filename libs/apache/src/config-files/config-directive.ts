/** Where a line of an Apache configuration came from: the file as the client named it, and its 1-based line. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

/**
 * One directive or section as Apache reads it, after line continuation, `${VAR}` interpolation and the evaluation
 * of `<IfModule>`/`<IfDefine>` and `Include*` (those never appear: their content is spliced in where they stood).
 */
export interface ConfigDirective extends SourceLocation {
  /** The name as written (`setenv`, `SetEnv`); compare with `nameKey`. */
  readonly name: string;
  /** Lower-case name: Apache's directive and section names are case-insensitive. */
  readonly nameKey: string;
  /** The words of the arguments as ap_getword_conf reads them (quotes removed). */
  readonly args: readonly string[];
  /** The logical line's text after interpolation (for reports of what was not adopted). */
  readonly text: string;
  /** Set for a section (`<VirtualHost>`, `<Directory>`, …): the directives inside, in order. */
  readonly children?: readonly ConfigDirective[];
  /** For a section: the line of its closing tag. */
  readonly endLine?: number;
}

/** A problem reading the files: stops nothing by itself, but an `error` means Apache would not start. */
export interface ConfigReadDiagnostic extends SourceLocation {
  readonly severity: 'error' | 'warning';
  readonly code: ConfigReadCode;
  readonly message: string;
}

export type ConfigReadCode =
  | 'CONFIG_FILE_MISSING'
  | 'CONFIG_INCLUDE_NO_MATCH'
  | 'CONFIG_INCLUDE_LOOP'
  | 'CONFIG_SECTION_UNCLOSED'
  | 'CONFIG_SECTION_MISMATCH'
  | 'CONFIG_SECTION_SYNTAX'
  | 'CONFIG_VARIABLE_UNDEFINED'
  | 'CONFIG_BINARY_FILE';
