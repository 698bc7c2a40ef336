import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "ad_nrt",
  "ae_trn",
  "ar_cuit",
  "au_abn",
  "au_arn",
  "bg_uic",
  "bo_tin",
  "br_cnpj",
  "br_cpf",
  "ca_bn",
  "ca_gst_hst",
  "ca_pst_bc",
  "ca_pst_mb",
  "ca_pst_sk",
  "ca_qst",
  "ch_vat",
  "cl_tin",
  "cn_tin",
  "co_nit",
  "cr_tin",
  "do_rcn",
  "ec_ruc",
  "eg_tin",
  "es_cif",
  "eu_oss_vat",
  "eu_vat",
  "gb_vat",
  "ge_vat",
  "hk_br",
  "hu_tin",
  "id_npwp",
  "il_vat",
  "in_gst",
  "is_vat",
  "jp_cn",
  "jp_rn",
  "jp_trn",
  "ke_pin",
  "kr_brn",
  "li_uid",
  "mx_rfc",
  "my_frp",
  "my_itn",
  "my_sst",
  "no_vat",
  "nz_gst",
  "pe_ruc",
  "ph_tin",
  "ro_tin",
  "rs_pib",
  "ru_inn",
  "ru_kpp",
  "sa_vat",
  "sg_gst",
  "sg_uen",
  "si_tin",
  "sv_nit",
  "th_vat",
  "tr_tin",
  "tw_vat",
  "ua_vat",
  "unknown",
  "us_ein",
  "uy_ruc",
  "ve_rif",
  "vn_tin",
  "za_vat",
]);
const k0 = /* @__PURE__ */ set(["type", "value"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.type;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["type"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["type"], e0, v0, ok);
    }
  }
  const v1 = v.value;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["value"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["value"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["value"], 5000, v1);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.type;
  if (!e0.has(v0)) return false;
  const v1 = v.value;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ type: req(oneOf(e0)), value: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_product_resource_customer_details_resource_tax_id",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as TaxProductResourceCustomerDetailsResourceTaxId,
  validateInput as validateTaxProductResourceCustomerDetailsResourceTaxId,
  isValid as isTaxProductResourceCustomerDetailsResourceTaxId,
  check as checkTaxProductResourceCustomerDetailsResourceTaxId,
  test as testTaxProductResourceCustomerDetailsResourceTaxId,
};
