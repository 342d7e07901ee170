// Pages served with a Content-Security-Policy header, for the Trusted Types tests: the page the
// docs recommend (demo/server/site.ts's policy), with another `trusted-types` list when asked.
// `/api/csp-pages/page?trusted-types=…&copies=2` loads the bundle (twice: two separate copies of
// lit, as two micro-frontends would bring); `/api/csp-pages/probe.js` records what the policy blocks.
// `&confirm=1` adds an <otp-confirm> whose bank (`/api/csp-pages/bank`) answers a transfer whose
// every text is markup.
import type { TestRunnerPlugin } from '@web/test-runner';
import { pagePolicy } from '../../demo/server/site.js';
import { mount } from './mount.js';
import { cspPagesBase, hostileTransaction } from './protocol.js';

// Runs first, as a classic script: records violations and errors, then tries one HTML sink so
// the test knows the engine enforces Trusted Types at all.
const probe = `window.cspReport = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => cspReport.violations.push(e.violatedDirective + ' ' + (e.sample || e.blockedURI)));
window.addEventListener('error', (e) => cspReport.errors.push(String(e.message)));
try { document.createElement('div').innerHTML = '<b>text as HTML</b>'; cspReport.sink = 'assigned'; }
catch (e) { cspReport.sink = 'blocked'; }
`;

function page(copies: number, confirm: boolean): string {
  const scripts = Array.from({ length: copies }, (_, i) => `<script type="module" src="/dist/otp-elements.bundle.js${i ? `?copy=${i}` : ''}"></script>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Trusted Types</title>
<script src="${cspPagesBase}/probe.js"></script>
${scripts.join('\n')}
</head>
<body>
<otp-enroll endpoint="/api/bank"></otp-enroll>
<otp-suspend endpoint="/api/bank"></otp-suspend>
<otp-token-field label="One-time password"></otp-token-field>
${confirm ? `<otp-confirm transaction="hostile" endpoint="${cspPagesBase}/bank"></otp-confirm>` : ''}
</body>
</html>`;
}

export function cspPagesPlugin(): TestRunnerPlugin {
  return {
    name: 'otp-csp-pages',
    serverStart({ server }) {
      mount(server, cspPagesBase, async (req, res, path) => {
        if (path === 'probe.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(probe);
        if (path === 'bank/transactions/get') {
          return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(hostileTransaction));
        }
        if (path !== 'page') return void res.writeHead(404).end();
        const query = new URL(req.url ?? '', 'http://localhost').searchParams;
        const trustedTypes = query.get('trusted-types');
        // The page may not be framed by anyone but this test page.
        const policy = pagePolicy.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
        const header = trustedTypes === null ? policy : policy.replace(/trusted-types [^;]*$/, `trusted-types ${trustedTypes}`);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': header, 'Cache-Control': 'no-store' });
        res.end(page(Number(query.get('copies') ?? 1), query.has('confirm')));
      });
    },
  };
}
