// Validates a Teams app manifest against the official JSON schema of its manifestVersion, as shipped in
// the npm package @microsoft/app-manifest, with the same validator settings the package uses (ajv, draft-04).
// Usage: node validate-manifest.cjs <folder holding node_modules> <manifest.json>
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const [, , packageRoot, manifestPath] = process.argv;
const load = createRequire(path.join(path.resolve(packageRoot), 'index.js'));
const Ajv = load('ajv-draft-04');
const addFormats = load('ajv-formats');

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const schemas = path.join(path.dirname(load.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const schemaPath = path.join(schemas, 'v' + manifest.manifestVersion, 'MicrosoftTeams.schema.json');
if (!fs.existsSync(schemaPath)) {
  console.log(JSON.stringify({ schema: schemaPath, errors: ['no schema for manifestVersion ' + manifest.manifestVersion] }));
  process.exit(1);
}

const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv, ['uri', 'email', 'regex']);
const validate = ajv.compile(schema);
const valid = validate(manifest);
const errors = valid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
console.log(JSON.stringify({ schema: schemaPath, errors }));
process.exit(valid ? 0 : 1);
