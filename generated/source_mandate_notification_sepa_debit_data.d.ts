import type { SchemaModule } from "./runtime/api.js";
import type { SourceMandateNotificationSepaDebitData as self } from "./types/source_mandate_notification_sepa_debit_data.js";

export type SourceMandateNotificationSepaDebitData = self;
export declare const SourceMandateNotificationSepaDebitData: SchemaModule<self>;
