import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSelfieReport as Type } from "./types/gelato_selfie_report.js";

export type GelatoSelfieReport = Type;
export declare const GelatoSelfieReport: SchemaModule<Type>;
