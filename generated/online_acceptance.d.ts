import type { SchemaModule } from "./runtime/api.js";
import type { OnlineAcceptance as self } from "./types/online_acceptance.js";

export type OnlineAcceptance = self;
export declare const OnlineAcceptance: SchemaModule<self>;
