import type { SchemaModule } from "./runtime/api.js";
import type { SourceMandateNotification as self } from "./types/source_mandate_notification.js";

export type SourceMandateNotification = self;
export declare const SourceMandateNotification: SchemaModule<self>;
