// Validates the AsyncAPI document with the AsyncAPI parser, and the events it describes with Ajv:
//   node validate.mjs <asyncapi.yaml> <schemas dir> <examples dir>...
// The parser checks the document against the AsyncAPI 3 specification (structure, references, its own rules).
// It has no schema parser for JSON Schema draft 2020-12, the format of the payloads, so one is registered here:
// each payload schema must compile under Ajv's 2020-12 dialect in strict mode. Then every message example, and
// every example event of the examples directory, is checked against its payload schema and its message's headers;
// each message example must be one of the valid example events (one set of examples, not two).
// Prints one line per finding and exits 1 when there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Parser, fromFile } from '@asyncapi/parser';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [documentPath, schemasDir, ...examplesDirs] = process.argv.slice(2).map(p => resolve(p));
const DRAFT_2020_12 = 'application/schema+json;version=draft-2020-12';
const findings = [];

function ajv2020() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

// The parser calls parse() for each payload in this format (it has no validation step for custom formats in
// AsyncAPI 3 documents), so the schema is compiled here.
const draft202012Parser = {
  getMimeTypes: () => [DRAFT_2020_12],
  async validate() {
    return [];
  },
  async parse(input) {
    try {
      ajv2020().compile(structuredClone(input.data));
    } catch (e) {
      findings.push(`${JSON.stringify(input.path)}: not a valid JSON Schema 2020-12: ${e.message}`);
    }
    return input.data;
  },
};

const parser = new Parser({ schemaParsers: [draft202012Parser] });
const { document, diagnostics } = await fromFile(parser, documentPath).parse();
for (const d of diagnostics) {
  // severities: 0 error, 1 warning, 2 information, 3 hint
  const line = `${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code} at ${JSON.stringify(d.path)}: ${d.message}`;
  if (d.severity <= 1) {
    findings.push(line);
  } else {
    console.log(line);
  }
}
if (!document) {
  findings.push('the document could not be parsed');
  report();
}

if (findings.length > 0) {
  report();
}

const payloads = ajv2020();
const schemaIds = [];
for (const file of readdirSync(schemasDir).filter(f => f.endsWith('.json')).sort()) {
  const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
  try {
    payloads.addSchema(schema);
    schemaIds.push(schema.$id);
  } catch (e) {
    findings.push(`${file}: not a valid JSON Schema 2020-12: ${e.message}`);
  }
}
const headerSchemas = new Ajv({ strict: false, allErrors: true });
addFormats(headerSchemas);

const exampleFiles = examplesDirs.flatMap(dir => JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).examples
  .map(file => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) })));
const examplesDir = examplesDirs.join(', ');

const messages = document.json().components.messages;
const headersByType = new Map();
for (const [name, message] of Object.entries(messages)) {
  const type = message.headers?.properties?.ce_type?.const;
  const dataSchema = message.headers?.properties?.ce_dataschema?.const;
  if (!type || !dataSchema) {
    findings.push(`message ${name}: headers must fix ce_type and ce_dataschema`);
    continue;
  }
  if (message.payload?.schema?.$id !== dataSchema) {
    findings.push(`message ${name}: payload schema ${message.payload?.schema?.$id} is not ce_dataschema ${dataSchema}`);
  }
  headersByType.set(type, headerSchemas.compile(stripParserFields(message.headers)));
  if (!message.examples?.length) {
    findings.push(`message ${name}: no examples`);
  }
  for (const example of message.examples ?? []) {
    check(`message ${name} example ${example.name}`, type, example.headers, example.payload, true);
    const same = exampleFiles.find(e => e.valid && isDeepStrictEqual(e.headers, stripParserFields(example.headers))
      && isDeepStrictEqual(e.data, stripParserFields(example.payload)));
    if (!same) {
      findings.push(`message ${name} example ${example.name} is not one of the valid example events in ${examplesDir}`);
    }
  }
}

for (const example of exampleFiles) {
  check(`example ${example.file}`, example.headers?.ce_type, example.headers, example.data, example.valid);
}
const typesWithExamples = new Set(exampleFiles.map(e => e.headers?.ce_type));
for (const type of headersByType.keys()) {
  if (!typesWithExamples.has(type)) {
    findings.push(`no example event of ${type} in ${examplesDir}`);
  }
}
console.log(`asyncapi: ${Object.keys(messages).length} messages, ${exampleFiles.length} example events, ${schemaIds.length} schemas`);
report();

function check(what, type, headers, data, valid) {
  const headerCheck = headersByType.get(type);
  if (!headerCheck) {
    findings.push(`${what}: ce_type ${type} is not a message of the document`);
    return;
  }
  if (!headerCheck(headers)) {
    findings.push(`${what}: headers do not match the message: ${payloads.errorsText(headerCheck.errors)}`);
  }
  const dataCheck = payloads.getSchema(headers.ce_dataschema);
  if (!dataCheck) {
    findings.push(`${what}: no schema ${headers.ce_dataschema}`);
    return;
  }
  const ok = dataCheck(data);
  if (valid && !ok) {
    findings.push(`${what}: should be valid, but ${payloads.errorsText(dataCheck.errors)}`);
  } else if (!valid && ok) {
    findings.push(`${what}: should be invalid, but its schema accepts it`);
  }
}

function stripParserFields(value) {
  if (Array.isArray(value)) {
    return value.map(stripParserFields);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value)
      .filter(([k]) => !k.startsWith('x-parser-'))
      .map(([k, v]) => [k, stripParserFields(v)]));
  }
  return value;
}

function report() {
  for (const f of findings) {
    console.log(`FINDING ${f}`);
  }
  console.log(findings.length === 0 ? 'asyncapi: valid' : `asyncapi: ${findings.length} findings`);
  process.exit(findings.length === 0 ? 0 : 1);
}
