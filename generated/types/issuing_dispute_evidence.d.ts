import type { IssuingDisputeCanceledEvidence } from "./issuing_dispute_canceled_evidence.js";
import type { IssuingDisputeDuplicateEvidence } from "./issuing_dispute_duplicate_evidence.js";
import type { IssuingDisputeFraudulentEvidence } from "./issuing_dispute_fraudulent_evidence.js";
import type { IssuingDisputeMerchandiseNotAsDescribedEvidence } from "./issuing_dispute_merchandise_not_as_described_evidence.js";
import type { IssuingDisputeNotReceivedEvidence } from "./issuing_dispute_not_received_evidence.js";
import type { IssuingDisputeOtherEvidence } from "./issuing_dispute_other_evidence.js";
import type { IssuingDisputeServiceNotAsDescribedEvidence } from "./issuing_dispute_service_not_as_described_evidence.js";

/** @schema `issuing_dispute_evidence` */
export type IssuingDisputeEvidence = {
  canceled?: IssuingDisputeCanceledEvidence;
  duplicate?: IssuingDisputeDuplicateEvidence;
  fraudulent?: IssuingDisputeFraudulentEvidence;
  merchandise_not_as_described?: IssuingDisputeMerchandiseNotAsDescribedEvidence;
  not_received?: IssuingDisputeNotReceivedEvidence;
  other?: IssuingDisputeOtherEvidence;
  /** The reason for filing the dispute. Its value will match the field containing the evidence. */
  reason:
    | "canceled"
    | "duplicate"
    | "fraudulent"
    | "merchandise_not_as_described"
    | "not_received"
    | "other"
    | "service_not_as_described"
    | (string & {});
  service_not_as_described?: IssuingDisputeServiceNotAsDescribedEvidence;
};
