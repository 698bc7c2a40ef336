import type { SchemaModule } from "./runtime/schema.js";
import type { OfflineAcceptance as Type } from "./types/offline_acceptance.js";

export type { OfflineAcceptance } from "./types/offline_acceptance.js";
declare const schema: SchemaModule<Type>;
export { schema as OfflineAcceptance };
