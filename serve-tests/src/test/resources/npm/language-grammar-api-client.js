// Calls a LanguageTool-compatible server through the npm package language-grammar-api, as a
// Node application would, and prints what the package returns as JSON on stdout.
//   node language-grammar-api-client.js ENDPOINT languages
//   node language-grammar-api-client.js ENDPOINT check LANGUAGE TEXT
const LanguageToolApi = require('language-grammar-api');

const [endpoint, action, language, text] = process.argv.slice(2);
const client = new LanguageToolApi({ endpoint });

async function call() {
  if (action === 'languages') {
    return client.languages();
  }
  if (action === 'check') {
    return client.check({ text, language });
  }
  throw new Error('unknown action ' + action);
}

call().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => {
    process.stderr.write(String((error && error.message) || error) + '\n');
    process.exit(1);
  });
