import type { SchemaModule } from "./runtime/schema.js";
import type { OfflineAcceptance as Type } from "./types/offline_acceptance.js";

export type OfflineAcceptance = Type;
export declare const OfflineAcceptance: SchemaModule<Type>;
