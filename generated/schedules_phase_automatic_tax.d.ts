import type { SchemaModule } from "./runtime/api.js";
import type { SchedulesPhaseAutomaticTax as self } from "./types/schedules_phase_automatic_tax.js";

export type SchedulesPhaseAutomaticTax = self;
export declare const SchedulesPhaseAutomaticTax: SchemaModule<self>;
