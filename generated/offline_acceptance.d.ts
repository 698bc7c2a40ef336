import type { SchemaModule } from "./runtime/api.js";
import type { OfflineAcceptance as self } from "./types/offline_acceptance.js";

export type OfflineAcceptance = self;
export declare const OfflineAcceptance: SchemaModule<self>;
