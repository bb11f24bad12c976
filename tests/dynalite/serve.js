// Starts dynalite in memory on 127.0.0.1 and a free port, prints the port on the first line of stdout,
// and exits when stdin closes, so the engine never outlives the test run that started it.
const dynalite = require('dynalite');

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
server.on('error', (err) => {
  process.stderr.write(`dynalite could not start: ${err.message}\n`);
  process.exit(1);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
