import type { SchemaModule } from "./runtime/schema.js";
import type { AppsSecret as Type } from "./types/apps.secret.js";

export type AppsSecret = Type;
export declare const AppsSecret: SchemaModule<Type>;
