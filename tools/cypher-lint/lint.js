#!/usr/bin/env node
// Lints Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support): the statements
// ClaimGraph's Neo4j store can send (dumped by `claimgraph cypher-statements`), with the parameters each declares,
// and .cypher files (schema, examples, exports). Any error or warning (unknown label, deprecated syntax,
// undeclared parameter) is a problem; the exit code is 1 when there is one.
'use strict';

const fs = require('node:fs');
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** The schema the linter checks against: the graph's labels and types, and the parameters a statement declares. */
function schemaFor(model, parameters) {
  return {
    labels: model.labels,
    relationshipTypes: model.relationshipTypes,
    parameters: Object.fromEntries(parameters.map((p) => [p, ''])),
    defaultLanguage: 'CYPHER 5',
  };
}

/** Problems in one piece of Cypher, each with its line and column in that text. */
function lint(text, model, parameters = []) {
  return lintCypherQuery(text, schemaFor(model, parameters))
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => ({
      severity: severities[d.severity],
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message.replace(/\s+/g, ' ').trim(),
    }));
}

/** Lints every statement of a catalog ({labels, relationshipTypes, statements: [{name, text, parameters}]}). */
function lintCatalog(catalog) {
  return catalog.statements.map((s) => ({ name: s.name, problems: lint(s.text, catalog, s.parameters) }));
}

function main(argv) {
  const args = argv.slice(2);
  const at = args.indexOf('--statements');
  if (at < 0 || !args[at + 1]) {
    console.error('usage: lint.js --statements CATALOG.json [FILE.cypher …]');
    return 2;
  }
  const catalog = JSON.parse(fs.readFileSync(args[at + 1], 'utf8'));
  const files = args.filter((_, i) => i !== at && i !== at + 1);
  const checked = [
    ...lintCatalog(catalog),
    ...files.map((f) => ({ name: f, problems: lint(fs.readFileSync(f, 'utf8'), catalog) })),
  ];
  const failed = checked.filter((c) => c.problems.length > 0);
  for (const c of failed)
    for (const p of c.problems) console.log(`${c.name}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
  const passed = checked.length - failed.length;
  console.log(`cypher lint: ${catalog.statements.length} statements and ${files.length} files checked, ${failed.length} with problems`);
  // The closing line in dotnet test's format, so .ci/run adds it to its totals.
  console.log(`${failed.length ? 'Failed!' : 'Passed!'}  - Failed: ${failed.length}, Passed: ${passed}, Skipped: 0, Total: ${checked.length} - cypher lint`);
  return failed.length ? 1 : 0;
}

module.exports = { lint, lintCatalog };

if (require.main === module) process.exitCode = main(process.argv);
