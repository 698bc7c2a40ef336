import type { SchemaModule } from "./runtime/schema.js";
import type { OnlineAcceptance as Type } from "./types/online_acceptance.js";

export type OnlineAcceptance = Type;
export declare const OnlineAcceptance: SchemaModule<Type>;
