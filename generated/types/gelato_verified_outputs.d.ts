import type { Address } from "./address.js";
import type { GelatoDataVerifiedOutputsDate } from "./gelato_data_verified_outputs_date.js";

/** @schema `gelato_verified_outputs` */
export type GelatoVerifiedOutputs = {
  /** The user's verified address. */
  address?: Address | null;
  /** The user’s verified date of birth. */
  dob?: GelatoDataVerifiedOutputsDate | null;
  /**
   * The user's verified first name.
   *
   * @maxLength 5000
   */
  first_name?: string | null;
  /**
   * The user's verified id number.
   *
   * @maxLength 5000
   */
  id_number?: string | null;
  /** The user's verified id number type. */
  id_number_type?: "br_cpf" | "sg_nric" | "us_ssn" | null;
  /**
   * The user's verified last name.
   *
   * @maxLength 5000
   */
  last_name?: string | null;
};
