// Checks FHIR R4 JSON files against the official FHIR R4 JSON schema, and
// against the rule the schema cannot say: FHIR forbids empty arrays,
// empty objects and empty strings anywhere. Exits 1 when any file fails.
const V = require('@asymmetrik/fhir-json-schema-validator');
const v = new V();
let bad = 0;

function empties(x, path, out) {
  if (Array.isArray(x)) {
    if (x.length === 0) out.push(`${path}: an empty array`);
    x.forEach((y, i) => empties(y, `${path}[${i}]`, out));
  } else if (x !== null && typeof x === 'object') {
    if (Object.keys(x).length === 0) out.push(`${path}: an empty object`);
    for (const [k, y] of Object.entries(x)) empties(y, `${path}.${k}`, out);
  } else if (x === '') {
    out.push(`${path}: an empty string`);
  } else if (x === null) {
    out.push(`${path}: null`);
  }
  return out;
}

for (const f of process.argv.slice(2)) {
  const r = JSON.parse(require('fs').readFileSync(f, 'utf8'));
  const errs = v.validate(r).concat(empties(r, r.resourceType || '(resource)', []));
  console.log(f, r.resourceType, errs.length ? JSON.stringify(errs, null, 1) : 'valid');
  if (errs.length) bad++;
}
process.exit(bad ? 1 : 0);
