import {
  deeper,
  enter,
  into,
  isInt,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  TaxIdVerification,
  checkTaxIdVerification,
  testTaxIdVerification,
} from "./tax_id_verification.js";

const e0 = /* @__PURE__ */ set(["tax_id"]);
const e1 = /* @__PURE__ */ set([
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
const k0 = /* @__PURE__ */ set([
  "country",
  "created",
  "customer",
  "id",
  "livemode",
  "object",
  "type",
  "value",
  "verification",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["country"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["country"], 5000, v0);
    }
  }
  const v1 = v.created;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["created"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["created"], "integer", v1);
    }
  }
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["customer"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkCustomer, v2, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v2);
    }
  }
  const v3 = v.id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id"], 5000, v3);
    }
  }
  const v4 = v.livemode;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["livemode"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v4);
    }
  }
  const v5 = v.object;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["object"], v5, ok);
  } else {
    if (!e0.has(v5)) {
      ok = notInEnum(c, ["object"], e0, v5, ok);
    }
  }
  const v6 = v.type;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["type"], v6, ok);
  } else {
    if (!e1.has(v6)) {
      ok = notInEnum(c, ["type"], e1, v6, ok);
    }
  }
  const v7 = v.value;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["value"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["value"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["value"], 5000, v7);
    }
  }
  const v8 = v.verification;
  if (v8 !== undefined && v8 !== null) {
    ok = into(c, checkTaxIdVerification, v8, ok, "verification");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.country;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.created;
  if (!isInt(v1)) return false;
  const v2 = v.customer;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testCustomer(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.livemode;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.object;
  if (v5 !== "tax_id") return false;
  const v6 = v.type;
  if (!e1.has(v6)) return false;
  const v7 = v.value;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.verification;
  if (v8 !== undefined && v8 !== null) {
    if (!testTaxIdVerification(v8, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    country: opt(nul(str())),
    created: req(int("unix-time")),
    customer: opt(nul(union(str(), ref(Customer)))),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    type: req(oneOf(e1)),
    value: req(str()),
    verification: opt(nul(ref(TaxIdVerification))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_id",
  branch: "tax_id",
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
  schema as TaxId,
  validateInput as validateTaxId,
  isValid as isTaxId,
  check as checkTaxId,
  test as testTaxId,
};
