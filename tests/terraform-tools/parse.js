#!/usr/bin/env node
// Parses Terraform files with HashiCorp's HCL parser (compiled to WebAssembly in @cdktf/hcl2json) and
// prints one JSON object { "<file>": <the file as JSON> }. With "-" it parses standard input as one file.
// A file HCL cannot parse stops with exit code 1 and the parser's message.
'use strict';

const fs = require('fs');
const hcl = require('@cdktf/hcl2json');

async function main() {
  const files = process.argv.slice(2);
  const result = {};
  for (const file of files) {
    const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
    result[file] = await hcl.parse(file === '-' ? 'snippet.tf' : file, text);
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch(error => {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
});
