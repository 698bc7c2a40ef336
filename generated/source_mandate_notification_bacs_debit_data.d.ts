import type { SchemaModule } from "./runtime/api.js";
import type { SourceMandateNotificationBacsDebitData as self } from "./types/source_mandate_notification_bacs_debit_data.js";

export type SourceMandateNotificationBacsDebitData = self;
export declare const SourceMandateNotificationBacsDebitData: SchemaModule<self>;
