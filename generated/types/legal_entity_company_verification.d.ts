import type { LegalEntityCompanyVerificationDocument } from "./legal_entity_company_verification_document.js";

/** @see Spec schema `legal_entity_company_verification` */
export interface LegalEntityCompanyVerification {
  document: LegalEntityCompanyVerificationDocument;
}
