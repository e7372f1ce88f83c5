// The connection's type, apart from db.ts (which runs the migrations): migrate.ts needs the type
// and db.ts needs migrate, so the type lives here and neither imports the other for it.
import type postgres from 'postgres';

export type Sql = postgres.Sql<Record<string, never>>;
