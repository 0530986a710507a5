import type { Datamodel, DmmfField, DmmfModel } from './prisma-datamodel.js';
import {
  columnFact,
  enumFact,
  foreignKeyFact,
  indexFact,
  tableFact,
  type SchemaFacts,
} from './schema-shape.js';

/** What PostgreSQL must contain for a schema.prisma, following Prisma's mapping and naming conventions. */
export function prismaSchemaFacts(datamodel: Datamodel): SchemaFacts {
  const facts: SchemaFacts = new Set();
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enumDbNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  for (const e of datamodel.enums)
    facts.add(
      enumFact(
        e.dbName ?? e.name,
        e.values.map((v) => v.dbName ?? v.name),
      ),
    );

  for (const model of datamodel.models) {
    const table = tableName(model);
    facts.add(tableFact(table));
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) facts.add(foreignKey(model, field, models));
        continue;
      }
      const type = columnType(field, enumDbNames);
      // Prisma never marks scalar-list columns NOT NULL.
      facts.add(
        columnFact(
          table,
          columnName(model, field.name),
          type,
          field.isRequired && !field.isList,
          defaultExpression(field, type),
        ),
      );
    }
  }
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) throw new Error(`index on unknown model ${index.model}`);
    const table = tableName(model);
    const columns = index.fields.map((f) => columnName(model, f.name));
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique' : 'index';
    const suffix = index.type === 'id' ? null : index.type === 'unique' ? 'key' : 'idx';
    const name =
      index.dbName ?? (suffix === null ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
    facts.add(indexFact(kind, table, name, columns));
  }
  return facts;
}

const tableName = (model: DmmfModel): string => model.dbName ?? model.name;

function columnName(model: DmmfModel, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
  return field.dbName ?? field.name;
}

function foreignKey(model: DmmfModel, field: DmmfField, models: Map<string, DmmfModel>): string {
  const target = models.get(field.type);
  if (!target) throw new Error(`${model.name}.${field.name} points at unknown model ${field.type}`);
  const table = tableName(model);
  const columns = (field.relationFromFields ?? []).map((name) => columnName(model, name));
  // Prisma's defaults: Restrict for required relations, SetNull for optional ones; updates cascade.
  const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
  const onUpdate = field.relationOnUpdate ?? 'Cascade';
  return foreignKeyFact(
    table,
    `${table}_${columns.join('_')}_fkey`,
    columns,
    tableName(target),
    (field.relationToFields ?? []).map((name) => columnName(target, name)),
    referentialAction(onDelete),
    referentialAction(onUpdate),
  );
}

function referentialAction(action: string): string {
  const sql: Record<string, string> = {
    Cascade: 'CASCADE',
    Restrict: 'RESTRICT',
    NoAction: 'NO ACTION',
    SetNull: 'SET NULL',
    SetDefault: 'SET DEFAULT',
  };
  const mapped = sql[action];
  if (!mapped) throw new Error(`unknown referential action ${action}`);
  return mapped;
}

/** The type as PostgreSQL's format_type() prints it. */
function columnType(field: DmmfField, enumDbNames: Map<string, string>): string {
  const base = field.kind === 'enum' ? enumDbNames.get(field.type) : scalarType(field);
  if (!base) throw new Error(`unknown enum ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

function scalarType(field: DmmfField): string {
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const precision = args[0] ?? '3';
    const native: Record<string, string> = {
      Timestamptz: `timestamp(${precision}) with time zone`,
      Timestamp: `timestamp(${precision}) without time zone`,
      Uuid: 'uuid',
      Text: 'text',
      VarChar: `character varying(${args[0]})`,
      Integer: 'integer',
      BigInt: 'bigint',
      JsonB: 'jsonb',
    };
    const mapped = native[name];
    if (!mapped) throw new Error(`native type @db.${name} is not mapped in prisma-schema-facts.ts yet`);
    return mapped;
  }
  const defaults: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Float: 'double precision',
    Decimal: 'numeric(65,30)',
    Boolean: 'boolean',
    DateTime: 'timestamp(3) without time zone',
    Json: 'jsonb',
    Bytes: 'bytea',
  };
  const mapped = defaults[field.type];
  if (!mapped) throw new Error(`scalar type ${field.type} is not mapped in prisma-schema-facts.ts yet`);
  return mapped;
}

/** The DEFAULT as pg_get_expr() prints it; null when Prisma fills the value in (uuid(), @updatedAt). */
function defaultExpression(field: DmmfField, type: string): string | null {
  const value = field.default;
  if (value === undefined || field.isUpdatedAt) return null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === 'uuid' || fn.name === 'cuid' || fn.name === 'nanoid' || fn.name === 'ulid') return null;
    if (fn.name === 'now') return 'CURRENT_TIMESTAMP';
    if (fn.name === 'dbgenerated') return String(fn.args[0]);
    throw new Error(`default ${fn.name}() is not mapped in prisma-schema-facts.ts yet`);
  }
  if (Array.isArray(value)) {
    if (value.length > 0) throw new Error('non-empty list defaults are not mapped yet');
    return `ARRAY[]::${type}`;
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return `'${String(value).replaceAll("'", "''")}'::${type}`;
}
