// The lint must fail on what would fail on a server: these statements are broken on purpose.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { lint, lintCatalog } = require('./lint.js');

const model = { labels: ['Claim', 'Actor', 'Policy'], relationshipTypes: ['SUBJECT'] };

test('a well-formed statement with its parameters declared passes', () => {
  assert.deepStrictEqual(lint('MATCH (c:Claim)-[:SUBJECT]->(a:Actor|Policy {id: $id}) RETURN c.id AS id', model, ['id']), []);
});

test('a syntax error fails', () => {
  const problems = lint('MATCH (c:Claim RETURN c', model);
  assert.strictEqual(problems.length, 1);
  assert.strictEqual(problems[0].severity, 'error');
});

test('a parameter the statement does not declare fails', () => {
  const problems = lint('MATCH (c:Claim {id: $id}) RETURN c', model, []);
  assert.match(problems[0].message, /Parameter \$id is not defined/);
});

test('an undefined variable fails', () => {
  assert.match(lint('MATCH (c:Claim) RETURN d', model)[0].message, /Variable `d` not defined/);
});

test('a label or relationship type outside the graph model fails', () => {
  assert.match(lint('MATCH (c:Claims) RETURN c', model)[0].message, /Label Claims is not present/);
  assert.match(lint('MATCH (c:Claim)-[:SUBJECTS]->(a) RETURN a', model)[0].message, /Relationship type SUBJECTS is not present/);
});

test('a catalog reports the broken statement by name', () => {
  const results = lintCatalog({ ...model, statements: [
    { name: 'Good.One', text: 'MATCH (c:Claim) RETURN count(c) AS n', parameters: [] },
    // A grouping key added to an aggregate: the mistake this lint first caught in the store's own statements.
    { name: 'Broken.One', text: 'OPTIONAL MATCH (a:Actor) WITH collect(a) AS actors OPTIONAL MATCH (p:Policy) WITH actors + collect(p) AS both RETURN both', parameters: [] },
  ] });
  assert.deepStrictEqual(results.filter((r) => r.problems.length > 0).map((r) => r.name), ['Broken.One']);
});

test('the command exits 1 and names the statement when one is broken', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-lint-'));
  const catalog = path.join(dir, 'catalog.json');
  fs.writeFileSync(catalog, JSON.stringify({ ...model, statements: [{ name: 'Claims.Broken', text: 'MATCH (c:Claim WHERE c.id = $id RETURN c', parameters: ['id'] }] }));
  const cypher = path.join(dir, 'export.cypher');
  fs.writeFileSync(cypher, "CREATE (:Claim {id: 1});\nCREATE (:Claim {text: 'unterminated});\n");
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lint.js'), '--statements', catalog, cypher], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.strictEqual(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^Claims\.Broken:1:\d+: error:/m);
  assert.match(run.stdout, /export\.cypher:2:\d+: error:/);
  assert.match(run.stdout, /Failed!  - Failed: 2, Passed: 0/);
});
