/** The shape of an ajv standalone validation function, as codegen emits it. */
export interface RawError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface RawValidator {
  (data: unknown): boolean;
  errors?: RawError[] | null;
}
