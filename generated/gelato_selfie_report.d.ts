import type { SchemaModule } from "./runtime/api.js";
import type { GelatoSelfieReport as self } from "./types/gelato_selfie_report.js";

export type GelatoSelfieReport = self;
export declare const GelatoSelfieReport: SchemaModule<self>;
