#!/usr/bin/env node
// Extracts, from the npm package @cdktf/provider-aws (generated from the hashicorp/aws provider's own
// schema), the arguments and nested blocks of exactly the resource and data source types the Terraform
// files under the given directories use, with which are required, into one compact JSON file.
//
// The package is ~37 MB packed and ~390 MB installed, too heavy for every test run, so the result is
// committed (tests/CostOps.Terraform.Tests/Schema/aws-provider-schema.json) and the tests read it.
// Regenerate it with `make terraform-schema` after using a new resource type.
//
// usage: node extract-aws-schema.js <dir of @cdktf/provider-aws> <output.json> <terraform dir>...
'use strict';

const fs = require('fs');
const path = require('path');
const hcl = require('@cdktf/hcl2json');

async function usedTypes(dirs) {
  const types = { resource: new Set(), data: new Set() };
  for (const dir of dirs) {
    for (const file of tfFiles(dir)) {
      const json = await hcl.parse(file, fs.readFileSync(file, 'utf8'));
      for (const kind of ['resource', 'data']) {
        for (const type of Object.keys(json[kind] || {})) {
          types[kind].add(type);
        }
      }
    }
  }
  return types;
}

function tfFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : tfFiles(full);
    return entry.name.endsWith('.tf') ? [full] : [];
  });
}

// lib/<dir>/index.d.ts of the type: resource aws_lambda_function -> lambda-function,
// data source aws_region -> data-aws-region; confirmed by the class's tfResourceType.
function typeDirectory(lib, kind, type) {
  const base = type.replace(/^aws_/, '').replace(/_/g, '-');
  const dir = path.join(lib, kind === 'data' ? `data-aws-${base}` : base);
  const js = path.join(dir, 'index.js');
  if (!fs.existsSync(js) || !fs.readFileSync(js, 'utf8').includes(`tfResourceType = "${type}"`)) {
    throw new Error(`${kind} type ${type} is not in @cdktf/provider-aws (looked in ${dir})`);
  }
  return dir;
}

// Every interface of the .d.ts: its members with their Terraform name (from the registry link in the
// member's doc comment), whether they are optional, and their TypeScript type.
function interfaces(dts) {
  const result = {};
  const lines = dts.split('\n');
  let current = null;
  let doc = '';
  for (const line of lines) {
    const start = line.match(/^export interface (\w+)/);
    if (start) {
      current = result[start[1]] = [];
      continue;
    }
    if (!current) continue;
    if (line.startsWith('}')) {
      current = null;
      continue;
    }
    const link = line.match(/\{@link https:\/\/registry\.terraform\.io\/\S+#(\w+) /);
    if (link) doc = link[1];
    const member = line.match(/^    readonly (\w+)(\?)?: (.*?);?$/);
    if (member && doc) {
      current.push({ name: doc, optional: member[2] === '?', tsType: member[3] });
      doc = '';
    }
  }
  return result;
}

function schemaOf(all, interfaceName) {
  const node = { attributes: {}, blocks: {} };
  for (const member of all[interfaceName]) {
    const bare = member.tsType.replace(/\s*\|\s*cdktf\.IResolvable/, '').trim();
    const list = bare.endsWith('[]');
    const inner = bare.replace(/\[\]$/, '');
    if (all[inner]) {
      const block = schemaOf(all, inner);
      node.blocks[member.name] = { required: !member.optional, list, attributes: block.attributes, blocks: block.blocks };
    } else {
      node.attributes[member.name] = { required: !member.optional };
    }
  }
  return sortKeys(node);
}

// Names other configuration may read from the type (its arguments and computed attributes): the getters
// of the generated class, in snake_case.
function readable(dts) {
  const start = dts.search(/^export declare class \w+ extends cdktf\.(TerraformResource|TerraformDataSource) \{/m);
  if (start < 0) throw new Error('no resource class in the .d.ts');
  const end = dts.indexOf('\n}', start);
  const names = new Set();
  for (const getter of dts.slice(start, end).matchAll(/^    get (\w+)\(\)/gm)) {
    if (getter[1].endsWith('Input') || getter[1] === 'internalValue') continue;
    names.add(getter[1].replace(/[A-Z]/g, c => '_' + c.toLowerCase()));
  }
  return [...names].sort();
}

function sortKeys(value) {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map(k => [k, sortKeys(value[k])]));
}

async function main() {
  const [packageDir, output, ...dirs] = process.argv.slice(2);
  if (!packageDir || !output || dirs.length === 0) {
    console.error('usage: node extract-aws-schema.js <dir of @cdktf/provider-aws> <output.json> <terraform dir>...');
    process.exit(2);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const lib = path.join(packageDir, 'lib');
  const types = await usedTypes(dirs);
  const schema = { provenance: {}, resource: {}, data: {} };
  const providerVersions = new Set();
  for (const kind of ['resource', 'data']) {
    for (const type of [...types[kind]].sort()) {
      const dts = fs.readFileSync(path.join(typeDirectory(lib, kind, type), 'index.d.ts'), 'utf8');
      for (const v of dts.matchAll(/hashicorp\/aws\/(\d+\.\d+\.\d+)/g)) providerVersions.add(v[1]);
      const all = interfaces(dts);
      const config = Object.keys(all).find(name => /Config$/.test(name) && dts.includes(`interface ${name} extends cdktf.TerraformMetaArguments`));
      if (!config) throw new Error(`no config interface for ${type}`);
      schema[kind][type] = { ...schemaOf(all, config), readable: readable(dts) };
    }
  }
  schema.provenance = {
    package: `${pkg.name}@${pkg.version}`,
    provider: `hashicorp/aws ${[...providerVersions].sort().join(', ')}`,
    extractedBy: 'tests/terraform-tools/extract-aws-schema.js (make terraform-schema)',
    note: 'Arguments and nested blocks of the resource and data source types the Terraform files use (required = not optional in the generated config interfaces), and the names other configuration may read from each type (readable = the getters of the generated class).',
  };
  fs.writeFileSync(output, JSON.stringify(schema, null, 1) + '\n');
  console.log(`${output}: ${types.resource.size} resource types, ${types.data.size} data source types from ${pkg.name}@${pkg.version}`);
}

main().catch(error => {
  console.error(error.message);
  process.exit(1);
});
