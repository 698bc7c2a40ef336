import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  testTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
} from "./terminal_configuration_configuration_resource_currency_specific_config.js";

const k0 = /* @__PURE__ */ set([
  "aud",
  "cad",
  "chf",
  "czk",
  "dkk",
  "eur",
  "gbp",
  "hkd",
  "myr",
  "nok",
  "nzd",
  "sek",
  "sgd",
  "usd",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.aud;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v0,
      ok,
      "aud",
    );
  }
  const v1 = v.cad;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v1,
      ok,
      "cad",
    );
  }
  const v2 = v.chf;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v2,
      ok,
      "chf",
    );
  }
  const v3 = v.czk;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v3,
      ok,
      "czk",
    );
  }
  const v4 = v.dkk;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v4,
      ok,
      "dkk",
    );
  }
  const v5 = v.eur;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v5,
      ok,
      "eur",
    );
  }
  const v6 = v.gbp;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v6,
      ok,
      "gbp",
    );
  }
  const v7 = v.hkd;
  if (v7 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v7,
      ok,
      "hkd",
    );
  }
  const v8 = v.myr;
  if (v8 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v8,
      ok,
      "myr",
    );
  }
  const v9 = v.nok;
  if (v9 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v9,
      ok,
      "nok",
    );
  }
  const v10 = v.nzd;
  if (v10 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v10,
      ok,
      "nzd",
    );
  }
  const v11 = v.sek;
  if (v11 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v11,
      ok,
      "sek",
    );
  }
  const v12 = v.sgd;
  if (v12 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v12,
      ok,
      "sgd",
    );
  }
  const v13 = v.usd;
  if (v13 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig,
      v13,
      ok,
      "usd",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.aud;
  if (v0 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v0,
        c,
      )
    )
      return false;
  }
  const v1 = v.cad;
  if (v1 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v1,
        c,
      )
    )
      return false;
  }
  const v2 = v.chf;
  if (v2 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v2,
        c,
      )
    )
      return false;
  }
  const v3 = v.czk;
  if (v3 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v3,
        c,
      )
    )
      return false;
  }
  const v4 = v.dkk;
  if (v4 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v4,
        c,
      )
    )
      return false;
  }
  const v5 = v.eur;
  if (v5 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v5,
        c,
      )
    )
      return false;
  }
  const v6 = v.gbp;
  if (v6 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v6,
        c,
      )
    )
      return false;
  }
  const v7 = v.hkd;
  if (v7 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v7,
        c,
      )
    )
      return false;
  }
  const v8 = v.myr;
  if (v8 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v8,
        c,
      )
    )
      return false;
  }
  const v9 = v.nok;
  if (v9 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v9,
        c,
      )
    )
      return false;
  }
  const v10 = v.nzd;
  if (v10 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v10,
        c,
      )
    )
      return false;
  }
  const v11 = v.sek;
  if (v11 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v11,
        c,
      )
    )
      return false;
  }
  const v12 = v.sgd;
  if (v12 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v12,
        c,
      )
    )
      return false;
  }
  const v13 = v.usd;
  if (v13 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
        v13,
        c,
      )
    )
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    aud: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    cad: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    chf: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    czk: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    dkk: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    eur: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    gbp: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    hkd: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    myr: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    nok: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    nzd: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    sek: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    sgd: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
    usd: opt(
      ref(TerminalConfigurationConfigurationResourceCurrencySpecificConfig),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_configuration_configuration_resource_tipping",
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
  schema as TerminalConfigurationConfigurationResourceTipping,
  validateInput as validateTerminalConfigurationConfigurationResourceTipping,
  isValid as isTerminalConfigurationConfigurationResourceTipping,
  check as checkTerminalConfigurationConfigurationResourceTipping,
  test as testTerminalConfigurationConfigurationResourceTipping,
};
